using Chokepoint.Application.Inputs;
using Chokepoint.Application.Parts;
using Chokepoint.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>Your own parts under /api/v1: screen an uploaded parts list, registry changes, the licence tracker.</summary>
internal static class PartsEndpoints
{
    public static RouteGroupBuilder MapPartsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/screen", Screen).WithSummary("Screen a parts list (upload)")
            .WithDescription("multipart/form-data: 'parts' (.csv or .xlsx, at most 32 MB, header part,description,code,origin,supplier,supplier_country,quantity_per_year,stock_days,end_use or mapped with 'map' FIELD=HEADER,…, or with a mapping saved in the workspace: 'profile' NAME to use one, 'save_profile' NAME to save the one in effect), 'destination' (ISO3), optional 'as_of' (YYYY-MM-DD, default today); 'format' json (default; same fields as 'chokepoint screen --format json'), csv or xlsx (results and measures sheets, as 'screen --out'). Problems in the file come back as 400 naming row and column.")
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");
        api.MapGet("/changes", Changes).WithSummary("Registry changes between two dates")
            .WithDescription("since (YYYY-MM-DD, required), until (default today): measures announced, taking effect, suspended, lapsing or ending. Same fields as 'chokepoint changes --format json'.");
        api.MapPost("/changes", ChangesOfParts).WithSummary("Registry changes and the parts whose status changed (upload)")
            .WithDescription("multipart/form-data: since, until, destination (ISO3), 'parts' (.csv or .xlsx as for screen), optional map and profile. Same fields as 'chokepoint changes --parts FILE --format json'.")
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");
        api.MapGet("/licences", Licences).WithSummary("Licence applications of the workspace")
            .WithDescription("Each with decision_due (45 working days on China's official calendar, computed), stock_ends and at_risk. Same fields as 'chokepoint licences list --format json'.");
        api.MapPost("/licences", AddLicence).WithSummary("Record a licence application")
            .WithDescription("JSON body: item, destination (ISO3), filed (YYYY-MM-DD) required; quantity, end_user, code, stock_days optional. Returns 201 with the application as 'licences add --format json'. A write: needs the access key when one is set.")
            .DisableAntiforgery();
        api.MapPost("/licences/{id}/status", UpdateLicence).WithSummary("Change the status of a licence application")
            .WithDescription($"JSON body: {{\"status\": S}} with S one of {string.Join(", ", Chokepoint.Model.LicenceStatuses.All)}. A write: needs the access key when one is set.")
            .DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> Screen(PartsQueries q, HttpRequest request)
    {
        var form = await Form(request).ConfigureAwait(false);
        var format = (form["format"].ToString() is { Length: > 0 } f ? f : "json").Trim().ToLowerInvariant();
        if (format is not ("json" or "csv" or "xlsx")) throw new RequestException("format", $"format '{Resolve.Clip(format)}' is not one of json, csv, xlsx");
        var answer = await q.Screen(form.Files.GetFile("parts"), form["destination"], form["as_of"], form["map"], form["profile"], form["save_profile"], request.HttpContext.RequestAborted).ConfigureAwait(false);
        return format switch
        {
            "csv" => TypedResults.File(Csv(answer), "text/csv; charset=utf-8", "screen.csv"),
            "xlsx" => TypedResults.File(Xlsx(answer), ScreenOutput.XlsxMediaType, "screen.xlsx"),
            _ => TypedResults.Ok(answer.Json),
        };
    }

    /// <summary>The results as CSV bytes.</summary>
    public static byte[] Csv(ScreenAnswer answer)
    {
        using var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, leaveOpen: true)) ScreenOutput.WriteCsv(w, answer.Json);
        return ms.ToArray();
    }

    /// <summary>The results workbook's bytes.</summary>
    public static byte[] Xlsx(ScreenAnswer answer)
    {
        using var ms = new MemoryStream();
        ScreenOutput.WriteXlsx(ms, answer);
        return ms.ToArray();
    }

    private static Ok<ChangesJson> Changes(PartsQueries q, [FromQuery] string? since, [FromQuery] string? until) => TypedResults.Ok(q.Changes(since, until).Json);

    private static async Task<Ok<ChangesJson>> ChangesOfParts(PartsQueries q, HttpRequest request)
    {
        var form = await Form(request).ConfigureAwait(false);
        return TypedResults.Ok((await q.Changes(form["since"], form["until"], form.Files.GetFile("parts"), form["destination"], form["map"], form["profile"], request.HttpContext.RequestAborted).ConfigureAwait(false)).Json);
    }

    private static async Task<Ok<IReadOnlyList<LicenceJson>>> Licences(PartsQueries q, HttpContext http) =>
        TypedResults.Ok((await q.Licences(http.RequestAborted).ConfigureAwait(false)).Json);

    private static async Task<Created<IReadOnlyList<LicenceJson>>> AddLicence(PartsQueries q, HttpContext http, [FromBody] LicenceInput? body)
    {
        if (body is null) throw new RequestException("body", "expected a JSON body such as {\"item\": \"gallium\", \"destination\": \"DEU\", \"filed\": \"2025-11-03\"}");
        var answer = await q.AddLicence(new LicenceAddRequest(body.Item, body.Destination, body.Filed, body.Quantity, body.EndUser, body.Code, body.StockDays), http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/licences", answer.Json);
    }

    private static async Task<Ok<IReadOnlyList<LicenceJson>>> UpdateLicence(PartsQueries q, HttpContext http, long id, [FromBody] LicenceStatusInput? body)
    {
        if (body is null) throw new RequestException("body", "expected a JSON body such as {\"status\": \"approved\"}");
        return TypedResults.Ok((await q.UpdateLicence(id, body.Status, http.RequestAborted).ConfigureAwait(false)).Json);
    }

    private static async Task<IFormCollection> Form(HttpRequest request)
    {
        if (!request.HasFormContentType) throw new RequestException("parts", "expected multipart/form-data with the parts list in the field 'parts'");
        return await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
