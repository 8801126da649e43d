namespace Chokepoint.Simulation.Optimization;

/// <summary>Solves a <see cref="LinearProgram"/> (maximisation). Implemented over Google OR-Tools GLOP in Chokepoint.Optimization.</summary>
public interface ILinearSolver
{
    /// <summary>The optimal objective and values, or null when the programme is infeasible or the solver failed.</summary>
    (double Objective, double[] Values)? Maximise(LinearProgram program);
}
