using Chokepoint.Application;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Parts;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Licences;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Api;

/// <summary>
/// Your own parts for the pages and the API: screen, changes and the licence tracker, each one call of the handler the
/// CLI calls. Licence applications live in the served workspace; every licence call runs under the workspace's writer
/// gate (opening the store may create its table).
/// </summary>
public sealed class PartsQueries(AnalysisQueries analysis, WorkspaceGate gate, TimeProvider clock)
{
    /// <summary>Largest parts file accepted by an upload, in bytes (the CLI reads up to <see cref="PartsInput.MaxBytes"/> from disk).</summary>
    public const long MaxUploadBytes = 32L * 1024 * 1024;

    /// <summary>The session of a web request.</summary>
    public Session Session => analysis.Session;

    /// <summary>Screens an uploaded parts list, read with <paramref name="map"/> over the saved <paramref name="profile"/>; saves the mapping as <paramref name="saveAs"/> when given.</summary>
    public async Task<ScreenAnswer> Screen(IFormFile? parts, string? destination, string? asOf, string? map, string? profile, string? saveAs, CancellationToken cancel)
    {
        var file = Upload(parts);
        var mapping = await Mapping(map, profile, saveAs, cancel).ConfigureAwait(false);
        using var stream = file.OpenReadStream();
        return ScreenHandler.Handle(Session, new ScreenRequest(Path.GetFileName(file.FileName), destination, asOf, mapping), stream);
    }

    /// <summary>Registry changes between two dates.</summary>
    public Answer<ChangesJson> Changes(string? since, string? until) => ChangesHandler.Handle(Session, new ChangesRequest(since, until));

    /// <summary>Registry changes between two dates and the parts of an uploaded list whose status changed.</summary>
    public async Task<Answer<ChangesJson>> Changes(string? since, string? until, IFormFile? parts, string? destination, string? map, string? profile, CancellationToken cancel)
    {
        var file = Upload(parts);
        var mapping = await Mapping(map, profile, null, cancel).ConfigureAwait(false);
        using var stream = file.OpenReadStream();
        return ChangesHandler.Handle(Session, new ChangesRequest(since, until, destination, Path.GetFileName(file.FileName), mapping), stream);
    }

    /// <summary>Names of the mapping profiles saved in the workspace.</summary>
    public Task<IReadOnlyList<string>> Profiles(CancellationToken cancel) => WithStore(store => store.ProfileNames(), cancel);

    private async Task<string?> Mapping(string? map, string? profile, string? saveAs, CancellationToken cancel) =>
        string.IsNullOrWhiteSpace(profile) && string.IsNullOrWhiteSpace(saveAs) ? map
            : await gate.WriteAsync(_ => MappingProfiles.Resolve(Session, map, profile, saveAs, () => LicenceStore.Open(gate.Path, clock)), cancel).ConfigureAwait(false);

    /// <summary>Every licence application of the workspace.</summary>
    public Task<Answer<IReadOnlyList<LicenceJson>>> Licences(CancellationToken cancel) =>
        WithStore(store => LicencesHandler.List(Session, store), cancel);

    /// <summary>Records a licence application.</summary>
    public Task<Answer<IReadOnlyList<LicenceJson>>> AddLicence(LicenceAddRequest request, CancellationToken cancel) =>
        WithStore(store => LicencesHandler.Add(Session, request, store), cancel);

    /// <summary>Sets the status of application <paramref name="id"/>.</summary>
    public Task<Answer<IReadOnlyList<LicenceJson>>> UpdateLicence(long id, string? status, CancellationToken cancel) =>
        WithStore(store => LicencesHandler.Update(Session, id, status, store), cancel);

    private Task<T> WithStore<T>(Func<LicenceStore, T> use, CancellationToken cancel) => gate.WriteAsync(_ =>
    {
        using var store = LicenceStore.Open(gate.Path, clock);
        return use(store);
    }, cancel);

    private IFormFile Upload(IFormFile? parts)
    {
        var p = Session.P("parts");
        if (parts is null || parts.Length == 0)
            throw new RequestException(p, $"no parts file; expected a .csv or .xlsx file in the field '{p}' with the header part,description,code,origin,…");
        if (parts.Length > MaxUploadBytes)
            throw new RequestException(p, $"'{Resolve.Clip(Path.GetFileName(parts.FileName))}' is {parts.Length / (1024 * 1024)} MB; expected at most {MaxUploadBytes / (1024 * 1024)} MB", ErrorKind.InvalidData);
        return parts;
    }
}
