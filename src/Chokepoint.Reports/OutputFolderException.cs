namespace Chokepoint.Reports;

/// <summary>An output folder cannot be used or written. The message names the path and the problem and is meant for users.</summary>
public sealed class OutputFolderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutputFolderException() { }

    /// <summary>Creates the exception with a user-facing message.</summary>
    public OutputFolderException(string message) : base(message) { }

    /// <summary>Creates the exception with a user-facing message and its cause.</summary>
    public OutputFolderException(string message, Exception inner) : base(message, inner) { }
}
