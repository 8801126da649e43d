namespace Chokepoint.Analysis.Macro;

/// <summary>An MRIO computation cannot be carried out (a singular I − A, a non-finite result); the message says why.</summary>
public sealed class MrioComputationException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public MrioComputationException(string message) : base(message) { }

    /// <summary>Creates the exception with its message and cause.</summary>
    public MrioComputationException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with no message.</summary>
    public MrioComputationException() { }
}
