namespace Chokepoint.Simulation;

/// <summary>
/// The model's quantities leave the range a stress test can compute: a quantity pushed up the recipe
/// tiers beyond <see cref="NetworkLimits.MaxUnitsPerDay"/>, or a run whose state became infinite or NaN.
/// An invalid-data error (the message names the item or node and the bound), never a silent answer.
/// </summary>
public sealed class ModelRangeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelRangeException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ModelRangeException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ModelRangeException(string message, Exception inner) : base(message, inner) { }
}
