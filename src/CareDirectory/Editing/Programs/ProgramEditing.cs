using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Editing.Programs;

/// <summary>Programs belong to a partner: the key must cover the partner and the areas the program serves.</summary>
public sealed class ProgramEditing() : RecordEditing<CareProgram, ProgramInput>("Program", create => new ProgramInputValidator(create))
{
    public static readonly ProgramEditing Instance = new();

    public override IQueryable<CareProgram> Query(DirectoryDbContext db) => db.Programs.Include(p => p.ServiceTypes);

    public override async Task<CareProgram> CreateAsync(EditSession session, ProgramInput input)
    {
        var partner = await PartnerAsync(session, input.Partner!);
        var program = New(await session.NewKeyAsync<CareProgram>(partner.Key, input.Name!), input.Name!.Trim(), session.EditorProvenance);
        program.PartnerId = partner.Id;
        program.StateId = partner.StateId;
        await ApplyAsync(session, program, input);
        return program;
    }

    public override async Task UpdateAsync(EditSession session, CareProgram record, ProgramInput input)
    {
        if (input.Partner is { } partnerId)
        {
            var partner = await PartnerAsync(session, partnerId);
            record.PartnerId = partner.Id;
            record.StateId = partner.StateId;
        }

        await ApplyAsync(session, record, input);
    }

    public override async Task AuthorizeAsync(EditSession session, CareProgram record, bool asFound)
    {
        // The partner it hangs from must be in scope ("attach a program"); then the areas it serves.
        var partner = await session.AuthorizePartnerAsync(record.PartnerId, asFound ? "id" : "partner");
        var counties = record.ServiceAreas.Count > 0 ? Footprint.CountiesOf(record.ServiceAreas) : Footprint.CountiesOf(partner.ServiceAreas);
        session.Authorize(new Footprint(record.StateId, counties, record.PartnerId), asFound ? "id" : "serviceAreas");
    }

    public override Task<UserError?> RestoreBlockerAsync(EditSession session, CareProgram record) =>
        session.PartnerArchivedAsync(record.PartnerId, "program");

    private static Task<Partner> PartnerAsync(EditSession session, string id) =>
        session.PartnerAsync(EditSession.PartnerId(id, "partner"), "partner");

    public override CareProgram Preview(ProgramInput input)
    {
        var program = base.Preview(input);
        program.ServiceAreas = input.ServiceAreas is { } areas ? EditSession.PreviewAreas(areas) : [];
        return program;
    }

    protected override CareProgram New(string key, string name, Provenance provenance) => new() { Key = key, Name = name, Provenance = provenance };

    protected override void CopyFields(CareProgram program, ProgramInput input)
    {
        program.Name = input.Name?.Trim() ?? program.Name;
        program.AlternateName = input.AlternateName ?? program.AlternateName;
        program.Description = input.Description ?? program.Description;
        program.Website = input.Website ?? program.Website;
        program.Email = input.Email ?? program.Email;
        program.ResponseTime = input.ResponseTime ?? program.ResponseTime;
        program.TypicalDuration = input.TypicalDuration ?? program.TypicalDuration;
        program.Languages = input.Languages ?? program.Languages;
        program.Status = input.Status ?? program.Status;
        if (input.Eligibility is { } eligibility)
        {
            program.Eligibility = new Eligibility
            {
                MinimumAge = eligibility.MinimumAge,
                MaximumAge = eligibility.MaximumAge,
                Populations = eligibility.Populations ?? [],
                Description = eligibility.Description,
            };
        }
    }

    private async Task ApplyAsync(EditSession session, CareProgram program, ProgramInput input)
    {
        CopyFields(program, input);

        if (input.ServiceTypes is { } codes)
        {
            var types = await session.Db.ServiceTypes.Where(t => codes.Contains(t.Code)).ToListAsync(session.CancellationToken);
            var unknown = codes.Except(types.Select(t => t.Code), StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new EditRefusedException(UserError.Invalid($"serviceTypes: {string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not a known service type" : "are not known service types")} (see Query.serviceTypes).", "serviceTypes"));
            }

            program.ServiceTypes = types;
        }

        if (input.ServiceAreas is { } areas)
        {
            program.ServiceAreas = await session.ServiceAreasAsync(areas, program.StateId);
        }
    }
}
