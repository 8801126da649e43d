namespace Chokepoint.Contracts;

/// <summary>The engine benchmark (bench --format json): network size, run time and throughput (edge-steps per second), peak memory (MB).</summary>
public sealed record BenchJson(int Nodes, int Edges, int Days, int Threads, double Seconds, double EdgeStepsPerSecond, double PeakMemoryMb,
    double BuildSeconds, int NodesShort, double FastestDayEdgeStepsPerSecond);
