using CareDirectory.Domain;
using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing.Partners;

/// <summary>Partners: a county key may only keep a partner inside its county, so service areas are the scope that matters.</summary>
public sealed class PartnerEditing : RecordEditing<Partner, PartnerInput>
{
    public static readonly PartnerEditing Instance = new();

    private static readonly PartnerInputValidator _create = new(create: true);
    private static readonly PartnerInputValidator _update = new(create: false);

    public override string TypeName => "Partner";

    public override IValidator<PartnerInput> Validator(bool create) => create ? _create : _update;

    public override IReadOnlyList<RuleViolation> Check(Partner record) => RecordRules.Check(record);

    public override async Task<Partner> CreateAsync(EditSession session, PartnerInput input)
    {
        var state = await session.StateAsync(input.State!, "state");
        var partner = new Partner
        {
            Key = await session.NewKeyAsync<Partner>(state.Key, input.Name!),
            Name = input.Name!.Trim(),
            StateId = state.Id,
            Provenance = new Provenance { Source = session.Editor.Source, LastVerified = DateOnly.FromDateTime(session.Now.UtcDateTime) },
        };
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
        var partner = new Partner { Key = string.Empty, Name = string.Empty, Provenance = EditSession.PreviewProvenance };
        CopyFields(partner, input);
        partner.ServiceAreas = input.ServiceAreas is { } areas ? EditSession.PreviewAreas(areas) : [];
        return partner;
    }

    private static async Task ApplyAsync(EditSession session, Partner partner, PartnerInput input)
    {
        CopyFields(partner, input);
        if (input.ServiceAreas is { } areas)
        {
            partner.ServiceAreas = await session.ServiceAreasAsync(areas, partner.StateId);
        }
    }

    /// <summary>The fields an input sets directly (null leaves a field as it is).</summary>
    private static void CopyFields(Partner partner, PartnerInput input)
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
