using Chokepoint.Analysis.Licences;

namespace Chokepoint.Contracts;

/// <summary>A tracked licence application with its computed dates (licences list).</summary>
/// <param name="DecisionDue">Statutory decision date on China's working-day calendar, or null when the calendar does not reach it.</param>
/// <param name="StockEnds">Date the stock of the item runs out, or null when no stock figure is known.</param>
/// <param name="StockBasis">"user" (the application's own figure) or the stocks.csv source id.</param>
/// <param name="AtRisk">True when the application is open and the decision is due after the stock ends.</param>
public sealed record LicenceJson(
    long Id, string Item, string? Code, double? Quantity, string Destination, string? EndUser, string Filed, string Status,
    string? DecisionDue, int? WorkingDays, string? TermSource, string? StockEnds, string? StockBasis, bool AtRisk, string? Note)
{
    /// <summary>The contract of an assessed application.</summary>
    public static LicenceJson Of(LicenceAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var x = a.Application;
        return new(x.Id, x.Item, x.Code, x.Quantity, x.Destination, x.EndUser, ContractJson.Date(x.Filed), x.Status,
            a.DecisionDue is { } d ? ContractJson.Date(d) : null, a.WorkingDays, a.TermSource,
            a.StockEnds is { } s ? ContractJson.Date(s) : null, a.StockBasis, a.AtRisk, a.Note.Length > 0 ? a.Note : null);
    }
}
