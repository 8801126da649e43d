using Chokepoint.Analysis.Codes;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Screening;

/// <summary>
/// Screens parts against the registry for one destination on one date. A measure reaches a part when it lists an item
/// the part's code matches (or its text names the code) and targets the destination, through the clause that fits the
/// part: export when it ships from the issuer, re-export when issuer-origin goods ship from elsewhere, foreign content
/// when it is made elsewhere. A measure limited to some end uses (a ban on military users) reaches a part whose end use
/// is one of them; when the part's end use is not given it is kept aside as depending on the end use, never listed as
/// applying. Status as reviewed (controls.yaml reviewed_through). Output at risk is the static bound of the part's item
/// from its origin for the part's end use (civil when not given); time-to-survive divides the user's stock by it.
/// Results depend on (code, origin, supplier country, end use) only, so they are cached: a list of 100,000 parts with a
/// few hundred distinct codes costs a few hundred look-ups. Not thread-safe.
/// </summary>
public sealed class PartScreener
{
    private readonly Dataset _dataset;
    private readonly string _destination;
    private readonly DateOnly _date;
    private readonly CodeIndex _codes;
    private readonly MeasureResolver _resolver;
    private readonly Blockade _blockade;
    private readonly Dictionary<string, (Blockade Blockade, ExposureAnalysis Exposure)> _byEndUse = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string Origin, string Ship, string EndUse), PartScreen> _cache = [];

    /// <summary>Screens toward <paramref name="destination"/> (ISO3) on <paramref name="date"/>.</summary>
    public PartScreener(Dataset dataset, string destination, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        _dataset = dataset;
        _destination = destination;
        _date = date;
        _codes = new CodeIndex(dataset);
        _resolver = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough);
        _blockade = Blockade.AsOf(dataset, date);
    }

    /// <summary>The destination screened toward.</summary>
    public string Destination => _destination;

    /// <summary>The screening date.</summary>
    public DateOnly Date => _date;

    /// <summary>Screens one part.</summary>
    public PartScreen Screen(PartRow part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var ship = part.SupplierCountry.Length > 0 ? part.SupplierCountry : part.Origin;
        var key = (part.Code, part.Origin, ship, part.EndUse);
        if (!_cache.TryGetValue(key, out var shared))
        {
            shared = Compute(part.Code, part.Origin, ship, part.EndUse);
            _cache[key] = shared;
        }
        double? tts = shared.OutputAtRisk is { } risk && risk > 0 && part.StockDays is { } stock ? Math.Round(stock / risk, 1) : null;
        return shared with { Part = part, TtsDays = tts };
    }

    private PartScreen Compute(string code, string origin, string ship, string endUse)
    {
        var match = _codes.Lookup(code);
        var reaches = new List<MeasureReach>();
        var terms = new List<LicenceTerms>();
        foreach (var m in _dataset.Tables.Controls)
        {
            if (!match.MeasureIds.Contains(m.Id) || m.Kind is MeasureKind.Suspension or MeasureKind.Intervention) continue;
            if (!m.Targets(_destination)) continue;
            // A measure for some end uses only: applies when the part's end use is one of them, depends on it when unknown.
            IReadOnlyList<string> onlyFor = [];
            if (m.IsEndUseSpecific)
            {
                if (endUse.Length == 0) onlyFor = m.EndUses;
                else if (!m.ReachesEndUse(endUse)) continue;
            }
            var (clause, reach) = origin == m.Issuer
                ? ship == m.Issuer ? (ScopeKind.Export, "export") : (ScopeKind.Reexport, "reexport")
                : (ScopeKind.ForeignContent, "foreign-content");
            if (m.ClauseFrom(clause) is not { } from) continue;
            if (_resolver.Review(m, _date) is not { } review) continue;
            var status = review.Effective switch
            {
                MeasureStatus.InForce => from <= _date ? "in_force" : "announced",
                MeasureStatus.Announced => "announced",
                MeasureStatus.Suspended => "suspended",
                _ => null,
            };
            if (status is null) continue;
            reaches.Add(new MeasureReach(m.Id, reach, status, from, onlyFor));
            if (status == "in_force" && m.IsLicenceRegime && onlyFor.Count == 0)
            {
                var use = endUse.Length > 0 ? endUse : Names.CivilUse;
                var phase = m.PhaseOn(_date, _destination, use);
                terms.Add(new LicenceTerms(m.Id, phase?.From, m.ApprovalRateOn(_date, _destination, use), phase?.LicenceDelayDays ?? m.LicenceDelayDays));
            }
        }
        var (risk, riskItem) = Risk(match.Items, origin, endUse.Length > 0 ? endUse : Names.CivilUse);
        var dummy = new PartRow(0, "", code, origin);
        return new PartScreen(dummy, match.Systems, match.Items, reaches, terms, risk, riskItem, null);
    }

    // The worst matched item whose chain the dataset knows (production rows or a recipe), for buyers of the end use.
    private (double? Risk, string? Item) Risk(IReadOnlyList<string> items, string origin, string endUse)
    {
        if (!_byEndUse.TryGetValue(endUse, out var view))
        {
            var blockade = _blockade.ForEndUse(endUse);
            view = (blockade, new ExposureAnalysis(_dataset, blockade));
            _byEndUse[endUse] = view;
        }
        double? worst = null;
        string? item = null;
        foreach (var id in items)
        {
            if (!_dataset.LatestYear.ContainsKey(id) && _dataset.InputsOf(id).Count == 0) continue;
            var available = view.Blockade.Pass(id, origin, _destination) * view.Exposure.ProducerAvailability(id, origin);
            var risk = Math.Clamp(1 - available, 0, 1);
            if (worst is null || risk > worst) { worst = risk; item = id; }
        }
        return (worst, item);
    }
}
