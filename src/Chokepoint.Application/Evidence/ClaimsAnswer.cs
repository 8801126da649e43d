using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>A page of the claims read against the dataset (for pages that link them; with how many match in all), their contract and table.</summary>
public sealed record ClaimsAnswer(Page<ClaimView> Page, IReadOnlyList<ClaimJson> Json, Table Table);
