using Chokepoint.Analysis.Concentration;
using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>World production shares of one item with the other published figures, as contract and table.</summary>
public sealed record SharesAnswer(ConcentrationResult Result, IReadOnlyList<PublishedClaim> Others, SharesJson Json, Table Table);
