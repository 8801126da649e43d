namespace Chokepoint.Simulation.Engine;

/// <summary>Splitting one day's passes over threads (bench and very large networks).</summary>
public sealed partial class DailyEngine
{
    /// <summary>Below this many elements a pass runs on the calling thread.</summary>
    private const int MinParallelRange = 16_384;

    private enum RangeKind { Produce, Deliver }

    private RangeKind _kind;
    private int _from;
    private int _to;
    private int _day;
    private Action<int>? _chunk;

    /// <summary>
    /// Runs one pass over [from, to). Chunks are fixed by the range and thread count and each element is written by
    /// one chunk only, so results do not depend on scheduling.
    /// </summary>
    private void ForRange(int from, int to, RangeKind kind, int day = 0)
    {
        if (_threads == 1 || to - from < MinParallelRange)
        {
            Dispatch(kind, from, to, day);
            return;
        }
        _kind = kind;
        _from = from;
        _to = to;
        _day = day;
        _chunk ??= RunChunk;
        Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, _chunk);
    }

    private void RunChunk(int chunk)
    {
        var size = _to - _from;
        var a = _from + (int)((long)size * chunk / _threads);
        var b = _from + (int)((long)size * (chunk + 1) / _threads);
        Dispatch(_kind, a, b, _day);
    }

    private void Dispatch(RangeKind kind, int from, int to, int day)
    {
        switch (kind)
        {
            case RangeKind.Produce: Produce(from, to, day); break;
            default: Deliver(from, to); break;
        }
    }
}
