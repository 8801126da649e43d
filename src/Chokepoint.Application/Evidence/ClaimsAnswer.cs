using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of the claims read against the dataset (for pages that link them), their contract and table, and how many match in all.</summary>
public sealed record ClaimsAnswer(IReadOnlyList<ClaimView> Views, IReadOnlyList<ClaimJson> Json, Table Table, int Total, int Offset);
