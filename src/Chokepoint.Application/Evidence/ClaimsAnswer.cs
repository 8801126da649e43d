using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Application.Evidence;

/// <summary>The claims read against the dataset (for pages that link them), their contract and table.</summary>
public sealed record ClaimsAnswer(IReadOnlyList<ClaimView> Views, IReadOnlyList<ClaimJson> Json, Table Table);
