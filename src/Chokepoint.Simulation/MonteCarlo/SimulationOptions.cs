namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>How to run a compiled scenario.</summary>
/// <param name="Runs">Number of runs, 1–100,000; 1 runs the scenario as written, more draw its uncertain parameters.</param>
/// <param name="Seed">Seed of the Monte Carlo draws; the same seed gives the same result whatever <paramref name="Threads"/>.</param>
/// <param name="Threads">Worker threads, ≥ 1.</param>
/// <param name="AllNodes">Report (and keep the daily series of) every node instead of products and final demand only.</param>
/// <param name="Progress">Receives the number of runs completed so far (any thread).</param>
/// <param name="Flows">Also record the daily flow of every item between every pair of countries (<see cref="SimulationResult.Flows"/>).</param>
public sealed record SimulationOptions(int Runs = 1, int Seed = 1, int Threads = 1, bool AllNodes = false, IProgress<int>? Progress = null, bool Flows = false)
{
    /// <summary>Largest number of runs accepted.</summary>
    public const int MaxRuns = 100_000;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Runs, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Runs, MaxRuns);
        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1);
    }
}
