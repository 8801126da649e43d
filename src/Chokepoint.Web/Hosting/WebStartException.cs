namespace Chokepoint.Web.Hosting;

/// <summary>The web workspace cannot start; the message is one line naming the cause and the fix.</summary>
public sealed class WebStartException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public WebStartException() { }

    /// <summary>Creates the exception with a message.</summary>
    public WebStartException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public WebStartException(string message, Exception? inner) : base(message, inner) { }

    /// <summary>Creates the exception for a cause that is the data's (exit 2) rather than the command line's (exit 1).</summary>
    public WebStartException(string message, bool invalidData, Exception? inner = null) : base(message, inner) => InvalidData = invalidData;

    /// <summary>True when the dataset or workspace is at fault (exit 2), false for the options or the machine (exit 1).</summary>
    public bool InvalidData { get; }
}
