namespace Chokepoint.Data.Mrio;

/// <summary>An MRIO folder or table file cannot be read; the message names the file, line, column, value and what was expected.</summary>
public sealed class MrioFormatException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public MrioFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its message and cause.</summary>
    public MrioFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with no message.</summary>
    public MrioFormatException() { }
}
