namespace Chokepoint.Evidence.Store;

/// <summary>The workspace file cannot be used: not a SQLite database, written by a newer version, or unreadable. The message is meant for users.</summary>
public sealed class WorkspaceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkspaceException() { }

    /// <summary>Creates the exception with a user-facing message.</summary>
    public WorkspaceException(string message) : base(message) { }

    /// <summary>Creates the exception with a user-facing message and its cause.</summary>
    public WorkspaceException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception; <paramref name="isAccessProblem"/> when the file or its folder cannot be opened or written (read-only, missing folder).</summary>
    public WorkspaceException(string message, Exception inner, bool isAccessProblem) : base(message, inner) => IsAccessProblem = isAccessProblem;

    /// <summary>True when the path cannot be opened or written (permissions, read-only file or folder), rather than holding a bad file.</summary>
    public bool IsAccessProblem { get; }
}

/// <summary>A search query is not valid FTS5 syntax. The message says why and how to write it.</summary>
public sealed class SearchSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchSyntaxException() { }

    /// <summary>Creates the exception with a user-facing message.</summary>
    public SearchSyntaxException(string message) : base(message) { }

    /// <summary>Creates the exception with a user-facing message and its cause.</summary>
    public SearchSyntaxException(string message, Exception inner) : base(message, inner) { }
}
