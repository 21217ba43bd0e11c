using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Editing.Partners;

/// <summary>Partners: a county key may only keep a partner inside its county, so service areas are the scope that matters.</summary>
public sealed class PartnerEditing() : RecordEditing<Partner, PartnerInput>("Partner", create => new PartnerInputValidator(create))
{
    public static readonly PartnerEditing Instance = new();

    public override async Task<Partner> CreateAsync(EditSession session, PartnerInput input)
    {
        var state = await session.StateAsync(input.State!, "state");
        var partner = New(await session.NewKeyAsync<Partner>(state.Key, input.Name!), input.Name!.Trim(), session.EditorProvenance);
        partner.StateId = state.Id;
        await ApplyAsync(session, partner, input);
        return partner;
    }

    public override Task UpdateAsync(EditSession session, Partner record, PartnerInput input) => ApplyAsync(session, record, input);

    public override Task AuthorizeAsync(EditSession session, Partner record, bool asFound)
    {
        session.Authorize(Footprint.Of(record), asFound ? "id" : "serviceAreas");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A partner's programs, meetings it organises and educator resources it owns go with it: a directory must not
    /// list a program of an organisation that has left it, and restoring the partner brings back exactly what was
    /// archived with it (not a program archived on its own earlier).
    /// </summary>
    public override async Task<IReadOnlyList<Entity>> DependentsAsync(EditSession session, Partner record, DateTimeOffset? archivedAt)
    {
        var db = session.Db;
        var token = session.CancellationToken;
        var programs = await Matching(db.Programs, archivedAt).Where(p => p.PartnerId == record.Id).ToListAsync(token);
        var meetings = await Matching(db.Meetings, archivedAt).Where(m => m.OrganizerId == record.Id).ToListAsync(token);
        var resources = await Matching(db.EducatorResources, archivedAt).Where(r => r.OwnerId == record.Id).ToListAsync(token);
        return [.. programs, .. meetings, .. resources];
    }

    private static IQueryable<TEntity> Matching<TEntity>(IQueryable<TEntity> set, DateTimeOffset? archivedAt)
        where TEntity : Entity =>
        archivedAt is null ? set : set.IgnoreQueryFilters().Where(e => e.ArchivedAt == archivedAt);

    public override Partner Preview(PartnerInput input)
    {
        var partner = base.Preview(input);
        partner.ServiceAreas = input.ServiceAreas is { } areas ? EditSession.PreviewAreas(areas) : [];
        return partner;
    }

    private async Task ApplyAsync(EditSession session, Partner partner, PartnerInput input)
    {
        CopyFields(partner, input);
        if (input.ServiceAreas is { } areas)
        {
            partner.ServiceAreas = await session.ServiceAreasAsync(areas, partner.StateId);
        }
    }

    protected override Partner New(string key, string name, Provenance provenance) => new() { Key = key, Name = name, Provenance = provenance };

    protected override void CopyFields(Partner partner, PartnerInput input)
    {
        partner.Name = input.Name?.Trim() ?? partner.Name;
        partner.AlternateName = input.AlternateName ?? partner.AlternateName;
        partner.Description = input.Description ?? partner.Description;
        partner.Website = input.Website ?? partner.Website;
        partner.Email = input.Email ?? partner.Email;
        partner.Roles = input.Roles ?? partner.Roles;
        partner.Phones = input.Phones?.Select(p => new Phone { Number = p.Number!, E164 = p.Number, Type = p.Type ?? PhoneTypes.Voice, Description = p.Description, TollFree = p.TollFree }).ToList() ?? partner.Phones;
    }
}
