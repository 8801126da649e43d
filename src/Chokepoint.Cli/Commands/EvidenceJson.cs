using Chokepoint.Evidence.Reconciliation;

namespace Chokepoint.Cli.Commands;

/// <summary>The JSON contracts of the evidence commands (field names are stable; see docs/evidence.md).</summary>
internal static class EvidenceJson
{
    public static object Claim(ClaimView v) => new
    {
        document_id = v.DocumentId,
        document = v.Document,
        sentence = v.Claim.Sentence,
        start = v.Claim.Start,
        end = v.Claim.End,
        country = v.Claim.Country,
        subject = v.Claim.Subject,
        item = v.Reconciliation.Item,
        stage = v.Claim.Stage,
        value_pct = v.Claim.ValuePct,
        qualifier = v.Claim.Qualifier,
        year = v.Claim.Year,
        status = v.Reconciliation.Status,
        dataset_value_pct = v.Reconciliation.DatasetValuePct,
        dataset_source = v.Reconciliation.DatasetSource,
    };

    public static object Event(EventView v) => new
    {
        document_id = v.DocumentId,
        document = v.Document,
        sentence = v.Event.Sentence,
        issuer = v.Event.Issuer,
        kind = v.Event.Kind,
        items = v.Items,
        date_text = v.Event.DateText,
        date = v.Event.Date,
        measure_id = v.MeasureId,
    };

    public static object Brief(DocumentBrief b) => new
    {
        document_id = b.Document.Id,
        document = b.Document.File,
        title = b.Document.Title,
        summary = new
        {
            claims = b.AllClaims.Count(),
            agrees = b.AllClaims.Count(c => c.Reconciliation.Status == "agrees"),
            conflicts = b.AllClaims.Count(c => c.Reconciliation.Status == "conflicts"),
            @new = b.AllClaims.Count(c => c.Reconciliation.Status == "new"),
            events = b.Industries.Sum(i => i.Events.Count),
        },
        industries = b.Industries.Select(i => new
        {
            industry = i.Industry,
            terms = i.Terms,
            claims = i.Claims.Select(Claim).ToList(),
            events = i.Events.Select(Event).ToList(),
            items = i.Items,
        }).ToList(),
    };
}
