namespace Chokepoint.Simulation.Optimization;

/// <summary>
/// A linear programme in a neutral form (maximise c·x subject to row bounds and variable bounds), built by the
/// library and handed to an <see cref="ILinearSolver"/>, so the engine does not depend on a solver package. Not thread-safe.
/// </summary>
public sealed class LinearProgram
{
    private readonly List<(double Lower, double Upper, double Objective)> _variables = [];
    private readonly List<(double Lower, double Upper, List<(int Variable, double Coefficient)> Terms)> _rows = [];

    /// <summary>Adds a variable with bounds (use <see cref="double.PositiveInfinity"/> for none) and objective coefficient; returns its index.</summary>
    public int Variable(double lower, double upper, double objective = 0)
    {
        _variables.Add((lower, upper, objective));
        return _variables.Count - 1;
    }

    /// <summary>Adds a row lower ≤ Σ coefficient × variable ≤ upper; returns its index.</summary>
    public int Row(double lower, double upper, params (int Variable, double Coefficient)[] terms)
    {
        _rows.Add((lower, upper, [.. terms]));
        return _rows.Count - 1;
    }

    /// <summary>Adds a term to row <paramref name="row"/>.</summary>
    public void Add(int row, int variable, double coefficient) => _rows[row].Terms.Add((variable, coefficient));

    /// <summary>Variables: bounds and objective coefficient.</summary>
    public IReadOnlyList<(double Lower, double Upper, double Objective)> Variables => _variables;
    /// <summary>Rows: bounds and terms.</summary>
    public IReadOnlyList<(double Lower, double Upper, List<(int Variable, double Coefficient)> Terms)> Rows => _rows;
}
