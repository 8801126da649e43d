namespace Chokepoint.Contracts;

/// <summary>Evidence ingest throughput (ingest-bench --format json): bytes, seconds and MB/s of analysis alone and of ingest.</summary>
public sealed record IngestBenchJson(long Bytes, int Documents, int Claims, double AnalyseSeconds, double AnalyseMbPerS, double AnalyseCpuSeconds,
    double IngestSeconds, double IngestMbPerS, double IngestCpuSeconds, double IngestMbPerCpuS);
