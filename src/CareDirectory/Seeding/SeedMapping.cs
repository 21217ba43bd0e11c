using CareDirectory.Domain;

namespace CareDirectory.Seeding;

/// <summary>
/// How a seed record becomes a domain record, in one place: the loader applies it to the record it saves, the
/// validator to a record it only checks against the record rules, so both see exactly the same fields.
/// </summary>
/// <param name="StateId">The state whose folder the record is in.</param>
/// <param name="Areas">Service areas with their counties resolved (the validator leaves counties unresolved).</param>
/// <param name="CountyId">The county of a county slug; null for none.</param>
/// <param name="ServiceType">The service type of a taxonomy code.</param>
internal sealed record SeedMapping(Guid StateId, Func<IEnumerable<SeedServiceArea>, List<ServiceArea>> Areas, Func<string?, Guid?> CountyId, Func<string, ServiceType> ServiceType)
{
    /// <summary>Seed service areas as stored, county areas with the county <paramref name="countyOfFips"/> names.</summary>
    public static List<ServiceArea> AreasOf(IEnumerable<SeedServiceArea> areas, Guid stateId, Func<string, Guid?> countyOfFips) =>
        areas.Select(a => new ServiceArea
        {
            Kind = a.Kind,
            Code = a.Code,
            StateId = stateId,
            CountyId = a.Kind == ServiceAreaKind.County ? countyOfFips(a.Code) : null,
            Partial = a.Partial,
            Note = a.Note,
        }).ToList();

    public static Partner New(SeedPartner p) => new() { Key = p.Key, Name = p.Name, Provenance = p.Provenance };

    public static CareProgram New(SeedProgram p) => new() { Key = p.Key, Name = p.Name, Provenance = p.Provenance };

    public static Meeting New(SeedMeeting m) => new() { Key = m.Key, Title = m.Title, Provenance = m.Provenance };

    public static EducatorResource New(SeedEducatorResource r) => new() { Key = r.Key, Title = r.Title, Provenance = r.Provenance };

    public void Apply(SeedPartner p, Partner partner)
    {
        partner.Name = p.Name;
        partner.AlternateName = p.AlternateName;
        partner.Description = p.Description;
        partner.Website = p.Website;
        partner.Email = p.Email;
        partner.StateId = StateId;
        partner.Roles = p.Roles;
        partner.Phones = p.Phones;
        partner.Locations = p.Locations;
        partner.Translations = p.Translations;
        partner.ServiceAreas = Areas(p.ServiceAreas);
        partner.Provenance = p.Provenance;
    }

    public void Apply(SeedProgram p, CareProgram program)
    {
        program.Name = p.Name;
        program.AlternateName = p.AlternateName;
        program.Description = p.Description;
        program.Website = p.Website;
        program.PartnerId = StableId.For("partner", p.Partner);
        program.StateId = StateId;
        program.ServiceTypes = p.ServiceTypes.Select(ServiceType).ToList();
        program.Eligibility = p.Eligibility;
        program.Availability = p.Availability;
        program.ResponseTime = p.ResponseTime;
        program.TypicalDuration = p.TypicalDuration;
        program.Cost = p.Cost;
        program.Referral = p.Referral;
        program.Components = p.Components;
        program.Languages = p.Languages;
        program.ServiceAreas = Areas(p.ServiceAreas);
        program.Status = p.Status;
        program.Translations = p.Translations;
        program.Provenance = p.Provenance;
    }

    public void Apply(SeedMeeting m, Meeting meeting)
    {
        meeting.Title = m.Title;
        meeting.Description = m.Description;
        meeting.Kind = m.Kind;
        Place(meeting, m.County, m.Organizer);
        meeting.Audiences = m.Audiences;
        meeting.Schedule = m.Schedule;
        meeting.AttendanceMode = m.AttendanceMode;
        meeting.Location = m.Location;
        meeting.JoinUrl = m.JoinUrl;
        meeting.RegistrationUrl = m.RegistrationUrl;
        meeting.RecordingUrl = m.RecordingUrl;
        meeting.Language = m.Language;
        meeting.AccessibilityNotes = m.AccessibilityNotes;
        meeting.Provenance = m.Provenance;
    }

    public void Apply(SeedEducatorResource r, EducatorResource resource)
    {
        resource.Title = r.Title;
        resource.Description = r.Description;
        resource.Kind = r.Kind;
        resource.Url = r.Url;
        Place(resource, r.County, r.Owner);
        resource.MeetingId = r.Meeting is null ? null : StableId.For("meeting", r.Meeting);
        resource.Audiences = r.Audiences;
        resource.Topics = r.Topics;
        resource.Language = r.Language;
        resource.DurationMinutes = r.DurationMinutes;
        resource.MinimumAge = r.MinimumAge;
        resource.MaximumAge = r.MaximumAge;
        resource.Translations = r.Translations;
        resource.Provenance = r.Provenance;
    }

    /// <summary>A meeting's or resource's state, county (by slug) and responsible partner (by seed key).</summary>
    private void Place(ICountyRecord record, string? county, string? partnerKey)
    {
        record.StateId = StateId;
        record.CountyId = CountyId(county);
        record.ResponsiblePartnerId = partnerKey is null ? null : StableId.For("partner", partnerKey);
    }
}
