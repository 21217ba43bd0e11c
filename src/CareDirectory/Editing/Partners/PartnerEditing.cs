using CareDirectory.Domain;

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
