using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Chokepoint.Contracts;

/// <summary>
/// The source-generated serializer of every JSON contract (no reflection at run time, and no shape that is not a record
/// here: serializing anything else through <see cref="ContractJson.Options"/> fails). snake_case names, nulls written.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(SharesJson))]
[JsonSerializable(typeof(MeasureJson))]
[JsonSerializable(typeof(ExposureJson))]
[JsonSerializable(typeof(ValidationJson))]
[JsonSerializable(typeof(MitigationJson))]
[JsonSerializable(typeof(ReportJson))]
[JsonSerializable(typeof(IngestJson))]
[JsonSerializable(typeof(BenchJson))]
[JsonSerializable(typeof(IngestBenchJson))]
[JsonSerializable(typeof(IngestFileJson))]
[JsonSerializable(typeof(StressTestJson))]
[JsonSerializable(typeof(LeverageSectionJson))]
[JsonSerializable(typeof(List<ItemJson>))]
[JsonSerializable(typeof(IReadOnlyList<ItemJson>))]
[JsonSerializable(typeof(List<ControlJson>))]
[JsonSerializable(typeof(IReadOnlyList<ControlJson>))]
[JsonSerializable(typeof(List<ChokepointJson>))]
[JsonSerializable(typeof(IReadOnlyList<ChokepointJson>))]
[JsonSerializable(typeof(List<LeverageJson>))]
[JsonSerializable(typeof(IReadOnlyList<LeverageJson>))]
[JsonSerializable(typeof(List<TtsJson>))]
[JsonSerializable(typeof(IReadOnlyList<TtsJson>))]
[JsonSerializable(typeof(List<ScenarioJson>))]
[JsonSerializable(typeof(IReadOnlyList<ScenarioJson>))]
[JsonSerializable(typeof(List<DocumentJson>))]
[JsonSerializable(typeof(IReadOnlyList<DocumentJson>))]
[JsonSerializable(typeof(List<SearchHitJson>))]
[JsonSerializable(typeof(IReadOnlyList<SearchHitJson>))]
[JsonSerializable(typeof(List<ClaimJson>))]
[JsonSerializable(typeof(IReadOnlyList<ClaimJson>))]
[JsonSerializable(typeof(List<BriefJson>))]
[JsonSerializable(typeof(IReadOnlyList<BriefJson>))]
[JsonSerializable(typeof(List<IngestFileJson>))]
[JsonSerializable(typeof(IReadOnlyList<IngestFileJson>))]
[JsonSerializable(typeof(List<ScenarioErrorJson>))]
[JsonSerializable(typeof(IReadOnlyList<ScenarioErrorJson>))]
[JsonSerializable(typeof(List<DiagnosticJson>))]
[JsonSerializable(typeof(IReadOnlyList<DiagnosticJson>))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonArray))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
