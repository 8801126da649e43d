using Chokepoint.Model;

namespace Chokepoint.Analysis.Licences;

/// <summary>What the tracker computes for an application.</summary>
/// <param name="Application">The application.</param>
/// <param name="DecisionDue">Statutory decision date, or null when the calendar does not reach it.</param>
/// <param name="WorkingDays">Working days allowed (licence_terms.csv), or null when no term applies.</param>
/// <param name="TermSource">Source id of the term.</param>
/// <param name="StockEnds">Date the stock runs out, or null when no stock figure is known.</param>
/// <param name="StockBasis">Where the stock figure came from: "user", a stocks.csv source id, or null.</param>
/// <param name="AtRisk">True when an open application's decision is due after the stock ends.</param>
/// <param name="Note">Why a date is missing, or empty.</param>
public sealed record LicenceAssessment(LicenceApplication Application, DateOnly? DecisionDue, int? WorkingDays, string? TermSource,
    DateOnly? StockEnds, string? StockBasis, bool AtRisk, string Note);
