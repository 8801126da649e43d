using Chokepoint.Analysis.Codes;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Screening;

/// <summary>
/// Screens parts against the registry for one destination on one date. A measure reaches a part when it lists an item
/// the part's code matches (or its text names the code) and targets the destination, through the clause that fits the
/// part: export when it ships from the issuer, re-export when issuer-origin goods ship from elsewhere, foreign content
/// when it is made elsewhere. Status as reviewed (controls.yaml reviewed_through). Output at risk is the static bound of
/// the part's item from its origin (availability of that maker times what the measures pass); time-to-survive divides the
/// user's stock by it. Results depend on (code, origin, supplier country) only, so they are cached: a list of 100,000
/// parts with a few hundred distinct codes costs a few hundred look-ups. Not thread-safe.
/// </summary>
public sealed class PartScreener
{
    private readonly Dataset _dataset;
    private readonly string _destination;
    private readonly DateOnly _date;
    private readonly CodeIndex _codes;
    private readonly MeasureResolver _resolver;
    private readonly ExposureAnalysis _exposure;
    private readonly Blockade _blockade;
    private readonly Dictionary<(string Code, string Origin, string Ship), PartScreen> _cache = [];

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
        _exposure = new ExposureAnalysis(dataset, _blockade);
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
        if (!_cache.TryGetValue((part.Code, part.Origin, ship), out var shared))
        {
            shared = Compute(part.Code, part.Origin, ship);
            _cache[(part.Code, part.Origin, ship)] = shared;
        }
        double? tts = shared.OutputAtRisk is { } risk && risk > 0 && part.StockDays is { } stock ? Math.Round(stock / risk, 1) : null;
        return shared with { Part = part, TtsDays = tts };
    }

    private PartScreen Compute(string code, string origin, string ship)
    {
        var match = _codes.Lookup(code);
        var reaches = new List<MeasureReach>();
        var terms = new List<LicenceTerms>();
        foreach (var m in _dataset.Tables.Controls)
        {
            if (!match.MeasureIds.Contains(m.Id) || m.Kind is MeasureKind.Suspension or MeasureKind.Intervention) continue;
            if (!m.Targets(_destination)) continue;
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
            reaches.Add(new MeasureReach(m.Id, reach, status, from));
            if (status == "in_force" && m.IsLicenceRegime)
            {
                var phase = m.PhaseOn(_date, _destination);
                terms.Add(new LicenceTerms(m.Id, phase?.From, m.ApprovalRateOn(_date, _destination), phase?.LicenceDelayDays ?? m.LicenceDelayDays));
            }
        }
        var (risk, riskItem) = Risk(match.Items, origin);
        var dummy = new PartRow(0, "", code, origin);
        return new PartScreen(dummy, match.Systems, match.Items, reaches, terms, risk, riskItem, null);
    }

    // The worst matched item whose chain the dataset knows (production rows or a recipe).
    private (double? Risk, string? Item) Risk(IReadOnlyList<string> items, string origin)
    {
        double? worst = null;
        string? item = null;
        foreach (var id in items)
        {
            if (!_dataset.LatestYear.ContainsKey(id) && _dataset.InputsOf(id).Count == 0) continue;
            var available = _blockade.Pass(id, origin, _destination) * _exposure.ProducerAvailability(id, origin);
            var risk = Math.Clamp(1 - available, 0, 1);
            if (worst is null || risk > worst) { worst = risk; item = id; }
        }
        return (worst, item);
    }
}
