using Chokepoint.Simulation.Optimization;
using Google.OrTools.LinearSolver;

namespace Chokepoint.Optimization;

/// <summary>
/// Solves a <see cref="LinearProgram"/> with Google OR-Tools' GLOP (simplex). Supply-chain programmes mix quantities
/// from grams of rare earths to billions of chips, so columns and then rows are scaled to a largest coefficient of 1
/// before solving (GLOP reports such unscaled programmes as ABNORMAL). Thread-safe: each call builds its own solver.
/// </summary>
public sealed class GlopSolver : ILinearSolver
{
    /// <inheritdoc/>
    public (double Objective, double[] Values)? Maximise(LinearProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var vars = program.Variables;
        var rows = program.Rows;
        var colScale = new double[vars.Count];
        foreach (var (_, _, terms) in rows)
            foreach (var (v, c) in terms) colScale[v] = Math.Max(colScale[v], Math.Abs(c));
        for (var v = 0; v < colScale.Length; v++) colScale[v] = colScale[v] > 0 ? 1.0 / colScale[v] : 1.0;

        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("the GLOP linear solver of OR-Tools is not available on this platform");
        var variables = new Variable[vars.Count];
        var objective = solver.Objective();
        for (var i = 0; i < variables.Length; i++)
        {
            var (lower, upper, c) = vars[i];
            variables[i] = solver.MakeNumVar(lower / colScale[i], upper / colScale[i], "");
            if (c != 0) objective.SetCoefficient(variables[i], c * colScale[i]);
        }
        var merged = new Dictionary<int, double>();
        foreach (var (lower, upper, terms) in rows)
        {
            merged.Clear();
            foreach (var (v, c) in terms) merged[v] = merged.GetValueOrDefault(v) + (c * colScale[v]);
            var largest = 0.0;
            foreach (var c in merged.Values) largest = Math.Max(largest, Math.Abs(c));
            var r = largest > 0 ? 1.0 / largest : 1.0;
            var row = solver.MakeConstraint(lower * r, upper * r);
            foreach (var (v, c) in merged) row.SetCoefficient(variables[v], c * r);
        }
        objective.SetMaximization();
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            if (Environment.GetEnvironmentVariable("CHOKEPOINT_LP_DEBUG") is not null) Console.Error.WriteLine($"GLOP status {status}");
            return null;
        }
        var values = new double[variables.Length];
        for (var i = 0; i < values.Length; i++) values[i] = variables[i].SolutionValue() * colScale[i];
        return (objective.Value(), values);
    }
}
