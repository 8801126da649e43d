using System.Text.Json.Nodes;

namespace Chokepoint.Web.Jobs;

/// <summary>The state of a job: status queued, running, done or failed; progress 0–1; the result once done.</summary>
public sealed record JobJson(
    string JobId, string Kind, string Status, double Progress, string Summary, string CreatedAt, string? StartedAt, string? FinishedAt,
    string? Error, JsonNode? Result);
