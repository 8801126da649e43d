using Chokepoint.Simulation;

namespace Chokepoint.Cli.Tests;

/// <summary>Tests that set the process-wide memory budget run alone (no other test runs beside them).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryLimitGroup
{
    public const string Name = "memory limit";
}

/// <summary>Issue 23 §8: backtest skipped simulate's memory budget (1.6 GB for any --runs above 1); it is checked before the runs are allocated.</summary>
[Collection(MemoryLimitGroup.Name)]
public sealed class BacktestMemoryTests
{
    [Fact]
    public void A_backtest_beyond_the_memory_budget_is_refused_before_it_runs()
    {
        var previous = Environment.GetEnvironmentVariable(MemoryBudget.LimitVariable);
        Environment.SetEnvironmentVariable(MemoryBudget.LimitVariable, "65");
        try
        {
            var (exit, _, err) = InProcess.Cli("backtest", "replay-2025", "--runs", "2000", "--threads", "2");

            Assert.Equal(1, exit);
            Assert.Contains("a back-test of 2,000 run(s)", err, StringComparison.Ordinal);
            Assert.Contains("the limit is 65 MB", err, StringComparison.Ordinal);
            Assert.Contains("lower --runs or --threads", err, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(MemoryBudget.LimitVariable, previous);
        }
    }

    [Fact]
    public void Backtest_threads_are_bounded_like_simulate_s()
    {
        var (exit, _, err) = InProcess.Cli("backtest", "replay-2025", "--threads", "100000");

        Assert.Equal(1, exit);
        Assert.Contains("--threads 100000 is out of range; expected 1 to 256", err, StringComparison.Ordinal);
    }
}
