namespace Chokepoint.Contracts;

/// <summary>Evidence ingest throughput (ingest-bench --format json): kind (text or pdf), bytes, seconds and MB/s of analysis alone and of ingest.</summary>
public sealed record IngestBenchJson(string Kind, long Bytes, int Documents, int Claims, double AnalyseSeconds, double AnalyseMbPerS, double AnalyseCpuSeconds,
    double IngestSeconds, double IngestMbPerS, double IngestCpuSeconds, double IngestMbPerCpuS);
