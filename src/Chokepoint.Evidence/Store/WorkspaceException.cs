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
