using System.Text.RegularExpressions;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Editing;

/// <summary>One mutation's unit of work: its context, the editor and the resolved scope, and the look-ups records share.</summary>
public sealed partial class EditSession(DirectoryDbContext db, Editor editor, EditorScope scope, DateTimeOffset now, CancellationToken cancellationToken)
{
    /// <summary>The provenance of a <see cref="RecordEditing{T, TInput}.Preview"/> record, which is never saved.</summary>
    public static Provenance PreviewProvenance { get; } = new() { Source = "preview", LastVerified = DateOnly.MinValue };

    /// <summary>Service areas as a preview shows them: as given, nothing looked up.</summary>
    public static List<ServiceArea> PreviewAreas(IReadOnlyList<ServiceAreaInput> inputs) =>
        [.. inputs.Select(a => new ServiceArea { Kind = a.Kind, Code = a.Code?.Trim() ?? string.Empty, Partial = a.Partial, Note = a.Note })];

    public DirectoryDbContext Db { get; } = db;

    /// <summary>The provenance of a record an editor creates: their source, verified today.</summary>
    public Provenance EditorProvenance => new() { Source = Editor.Source, LastVerified = DateOnly.FromDateTime(Now.UtcDateTime) };

    public Editor Editor { get; } = editor;

    public EditorScope Scope { get; } = scope;

    public DateTimeOffset Now { get; } = now;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Refuses with FORBIDDEN (naming <paramref name="path"/>) when the footprint is outside the key's scope.</summary>
    public void Authorize(Footprint footprint, params string[] path)
    {
        if (!Scope.Covers(footprint))
        {
            throw new EditRefusedException(UserError.Forbidden($"This API key (scope {Editor.Scope}) may not change records there.", path));
        }
    }

    /// <summary>
    /// A partner an input assigns to a record (a program's partner, a meeting's organizer): it must be in scope and
    /// not archived, since nothing new may hang from an archived partner.
    /// </summary>
    public async Task<Partner> PartnerAsync(Guid id, params string[] path)
    {
        var partner = await Db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, CancellationToken)
            ?? throw new EditRefusedException(UserError.NotFound("No partner has this id (it may have been archived).", path));
        Authorize(Footprint.Of(partner), path);
        return partner;
    }

    /// <summary>
    /// The partner a stored record hangs from, archived or not, checked against the key's scope. Scope does not
    /// change when a partner is archived, and a record whose partner was archived must stay repairable.
    /// </summary>
    public async Task<Partner> AuthorizePartnerAsync(Guid id, params string[] path)
    {
        var partner = await Db.Partners.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, CancellationToken)
            ?? throw new EditRefusedException(UserError.NotFound("No partner has this id.", path));
        Authorize(Footprint.Of(partner), path);
        return partner;
    }

    /// <summary>Refusal for restoring a <paramref name="what"/> whose partner is archived, or null when the partner is active.</summary>
    public async Task<UserError?> PartnerArchivedAsync(Guid partnerId, string what) =>
        await Db.Partners.AnyAsync(p => p.Id == partnerId, CancellationToken)
            ? null
            : UserError.PartnerArchived($"This {what}'s partner ({PublicId.Encode("Partner", partnerId)}) is archived; restore the partner first (restorePartner), which brings back what was archived with it.", "id");

    /// <summary>A partner's id from a global id in the input, which must be a Partner id.</summary>
    public static Guid PartnerId(string globalId, string field) =>
        PublicId.TryDecode(globalId, out var type, out var id) && type == "Partner"
            ? id
            : throw new EditRefusedException(UserError.Invalid($"{field}: '{globalId}' is not a Partner id.", field));

    /// <summary>
    /// Scope check for a record placed in a state and at most one county (meetings, educator resources): the
    /// partner it belongs to, if any, must be in scope, and so must its county (a statewide one needs a state key).
    /// </summary>
    public async Task AuthorizePlacedAsync(Guid stateId, Guid? countyId, Guid? partnerId, bool asFound, string partnerField)
    {
        if (partnerId is { } partner)
        {
            await AuthorizePartnerAsync(partner, asFound ? "id" : partnerField);
        }

        Authorize(new Footprint(stateId, countyId is { } county ? new HashSet<Guid> { county } : null, partnerId), asFound ? "id" : "county");
    }

    public async Task<State> StateAsync(string code, params string[] path) =>
        await Db.States.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code.ToUpperInvariant(), CancellationToken)
            ?? throw new EditRefusedException(UserError.Invalid($"{string.Join('.', path)}: '{code}' is not a state in the directory.", path));

    /// <summary>A county by FIPS, which must be in <paramref name="stateId"/>.</summary>
    public async Task<County> CountyAsync(string fips, Guid stateId, params string[] path)
    {
        var county = await Db.Counties.AsNoTracking().FirstOrDefaultAsync(c => c.Fips == fips, CancellationToken);
        return county is not null && county.StateId == stateId
            ? county
            : throw new EditRefusedException(UserError.Invalid($"{string.Join('.', path)}: '{fips}' is not a county FIPS code of this record's state.", path));
    }

    /// <summary>Service areas from input: state areas must be the record's state, county areas its counties.</summary>
    /// <remarks>A county code that is not a FIPS code at all is kept as given: the record rules report it (INVALID_FIPS).</remarks>
    public async Task<List<ServiceArea>> ServiceAreasAsync(IReadOnlyList<ServiceAreaInput> inputs, Guid stateId, string field = "serviceAreas")
    {
        var fips = inputs.Where(a => a.Kind == ServiceAreaKind.County).Select(a => a.Code!).ToList();
        var counties = await Db.Counties.AsNoTracking().Where(c => fips.Contains(c.Fips)).ToDictionaryAsync(c => c.Fips, c => c, CancellationToken);
        var stateCode = await Db.States.AsNoTracking().Where(s => s.Id == stateId).Select(s => s.Code).FirstAsync(CancellationToken);
        var errors = new List<UserError>();
        var areas = new List<ServiceArea>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var code = input.Code!.Trim();
            string[] path = [field, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "code"];
            Guid? countyId = null;
            if (input.Kind == ServiceAreaKind.County && RecordRules.IsCountyFips(code))
            {
                if (!counties.TryGetValue(code, out var county) || county.StateId != stateId)
                {
                    errors.Add(UserError.Invalid($"{field}[{i}].code: '{code}' is not a county FIPS code in {stateCode}.", path));
                    continue;
                }

                countyId = county.Id;
            }
            else if (input.Kind == ServiceAreaKind.State && !string.Equals(code, stateCode, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(UserError.Invalid($"{field}[{i}].code: a state area must be this record's state, {stateCode}.", path));
                continue;
            }

            areas.Add(new ServiceArea
            {
                Kind = input.Kind,
                Code = input.Kind == ServiceAreaKind.State ? stateCode : code,
                StateId = stateId,
                CountyId = countyId,
                Partial = input.Partial,
                Note = input.Note,
            });
        }

        return errors.Count == 0 ? areas : throw new EditRefusedException(errors);
    }

    /// <summary>A readable stable key under <paramref name="prefix"/>, made unique with a short suffix when taken.</summary>
    public async Task<string> NewKeyAsync<T>(string prefix, string name)
        where T : Entity
    {
        var slug = NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        var key = $"{prefix}/{(slug.Length > 60 ? slug[..60].TrimEnd('-') : slug)}";
        var taken = await Db.Set<T>().IgnoreQueryFilters().AnyAsync(e => e.Key == key, CancellationToken);
        return taken ? $"{key}-{Guid.NewGuid().ToString("N")[..6]}" : key;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
