namespace Chokepoint.Web.Jobs;

/// <summary>A job's input turned out invalid while it ran; the message is shown as the job's error.</summary>
public sealed class JobInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JobInputException() { }

    /// <summary>Creates the exception with a message naming the bad input.</summary>
    public JobInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JobInputException(string message, Exception inner) : base(message, inner) { }
}
