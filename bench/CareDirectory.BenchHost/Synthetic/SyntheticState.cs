using CareDirectory.Domain;
using CareDirectory.Places;
using CareDirectory.Seeding;

namespace CareDirectory.Bench.Synthetic;

/// <summary>
/// Generates one state's seed folder. Its random sequence depends only on the seed and the state's FIPS code, so
/// a state's content does not change with the scale it is generated at.
/// </summary>
internal sealed class SyntheticState(UsState state, int seed, Provenance provenance, IReadOnlySet<string> serviceTypes)
{
    private static readonly PartnerRole[] _countyRoles = [PartnerRole.MobileResponse, PartnerRole.CareManagement, PartnerRole.FamilySupport, PartnerRole.InteragencyCouncil];

    private static readonly string[] _wraparoundComponents = ["Intake", "Assessment", "Child and Family Team meeting", "Individual service plan", "Transition"];

    // Seeded System.Random is deterministic across runs and platforms; this is test data, not security.
#pragma warning disable CA5394
    private readonly Random _random = new(unchecked((seed * 1_000_003) + int.Parse(state.Fips, System.Globalization.CultureInfo.InvariantCulture)));
    private readonly string _key = state.Code.ToLowerInvariant();
    private readonly List<SeedPartner> _partners = [];
    private readonly List<SeedProgram> _programs = [];
    private readonly List<SeedMeeting> _meetings = [];
    private readonly List<SeedEducatorResource> _resources = [];
    private string _csaKey = string.Empty;

    public SeedStateFolder Generate()
    {
        var counties = Counties();
        var seedState = new SeedState
        {
            Key = _key,
            Code = state.Code,
            Name = state.Name,
            FipsCode = state.Fips,
            TimeZone = state.TimeZone,
            SystemOfCareName = $"{state.Name} Children's System of Care (synthetic)",
            SystemOfCareDescription = "Synthetic system of care for testing and benchmarks: every organisation, number and link in it is invented.",
            Provenance = provenance,
            AccessPoints = [AccessLine()],
            Counties = counties,
            CountiesProvenance = provenance with { Notes = "County names and FIPS codes are generated; state FIPS codes are the Census Bureau's." },
        };

        Statewide();
        foreach (var county in counties)
        {
            County(county, counties);
        }

        return new SeedStateFolder(_key, seedState, _partners, _programs, _meetings, _resources);
    }

    private List<SeedCounty> Counties()
    {
        if (state.CountyCount == 1)
        {
            return [new SeedCounty(state.Name, Slug(state.Name), $"{state.Fips}001")];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var counties = new List<SeedCounty>();
        while (counties.Count < state.CountyCount)
        {
            var name = Pick(SyntheticText.PlacePrefixes) + Pick(SyntheticText.PlaceSuffixes);
            if (names.Add(name))
            {
                // Census county codes are odd numbers: 001, 003, 005...
                counties.Add(new SeedCounty(name, Slug(name), $"{state.Fips}{(2 * counties.Count) + 1:000}"));
            }
        }

        return counties;
    }

    private AccessPoint AccessLine()
    {
        _csaKey = $"{_key}/csa";
        var number = $"{555_0100 + _random.Next(100)}";
        return new AccessPoint
        {
            Name = $"{state.Name} children's crisis and access line",
            Description = "A single toll-free number for families seeking behavioral health services for a child (synthetic).",
            Phone = $"1-800-{number[..3]}-{number[3..]}",
            PhoneE164 = $"+1800{number}",
            TollFree = true,
            Hours = "24 hours a day, 7 days a week",
            Available24x7 = true,
            OperatorPartnerKey = _csaKey,
            WhoMayCall = ["A parent or legal guardian makes the call; professionals may join a conference call."],
            ReferralSteps = ["The access line screens the request.", "A mobile response team or care manager contacts the family.", "The family's team plans services."],
        };
    }

    private void Statewide()
    {
        var area = new SeedServiceArea { Kind = ServiceAreaKind.State, Code = state.Code };
        Partner(_csaKey, $"{state.Name} System of Care Administrator", PartnerRole.ContractedSystemAdministrator, null, [area], null);
        Partner($"{_key}/state-agency", $"{state.Name} Department of Children and Families", PartnerRole.StateAgency, null, [area], null);
    }

    private void County(SeedCounty county, List<SeedCounty> all)
    {
        var area = new SeedServiceArea { Kind = ServiceAreaKind.County, Code = county.Fips };
        var place = $"{county.Name} County";
        foreach (var role in _countyRoles)
        {
            var name = role switch
            {
                PartnerRole.MobileResponse => $"{place} Mobile Response and Stabilization Services",
                PartnerRole.CareManagement => $"{place} Care Management Organization",
                PartnerRole.FamilySupport => $"Family Support Organization of {place}",
                _ => $"{place} Interagency Council",
            };
            Partner($"{_key}/{county.Slug}/{Slug(string.Concat(role.ToString().Select(c => char.IsUpper(c) ? $" {c}" : $"{c}")))}", name, role, county, [area], null);
        }

        // Provider counts vary a lot between counties (8–48, about 28 on average: ~100,000 partners nationally).
        var providers = _random.Next(8, 49);
        for (var i = 1; i <= providers; i++)
        {
            var name = _random.Next(2) == 0
                ? $"{Pick(SyntheticText.Surnames)} {Pick(SyntheticText.ProviderKinds)}"
                : $"{Pick(SyntheticText.PlacePrefixes)}{Pick(SyntheticText.PlaceSuffixes)} {Pick(SyntheticText.ProviderKinds)}";
            List<SeedServiceArea> areas = [area];
            if (all.Count > 1 && _random.Next(5) == 0)
            {
                var neighbour = all[_random.Next(all.Count)];
                if (neighbour != county)
                {
                    areas.Add(new SeedServiceArea { Kind = ServiceAreaKind.County, Code = neighbour.Fips });
                }
            }

            Partner($"{_key}/{county.Slug}/provider-{i:000}", name, PartnerRole.Provider, county, areas, county.Name);
        }
    }

    private void Partner(string key, string name, PartnerRole role, SeedCounty? county, List<SeedServiceArea> areas, string? city)
    {
        var spanish = _random.Next(100) < 15;
        var host = key.Replace('/', '-');
        var phone = Phone();
        var partner = new SeedPartner
        {
            Key = key,
            Name = name,
            Description = Sentences(2),
            Website = $"https://{host}.example.org",
            Email = $"info@{host}.example.org",
            Roles = [role],
            Phones = [phone],
            Locations = [Location(name, city ?? county?.Name)],
            ServiceAreas = areas,
            Translations = spanish ? [new Translation { Language = "es", Description = Pick(SyntheticText.SpanishPhrases) }] : [],
            Provenance = provenance,
        };
        _partners.Add(partner);
        Programs(partner, role, spanish);
        Meetings(partner, role, county, spanish);
        Resources(partner, role, county, spanish);
    }

    private void Programs(SeedPartner partner, PartnerRole role, bool spanish)
    {
        var templates = ProgramTemplate.For(role).OrderBy(_ => _random.Next()).Take(_random.Next(1, 6)).ToList();
        foreach (var template in templates)
        {
            var types = template.ServiceTypes.Where(serviceTypes.Contains).ToList();
            var alwaysOpen = role is PartnerRole.MobileResponse or PartnerRole.ContractedSystemAdministrator;
            var free = role is PartnerRole.FamilySupport or PartnerRole.InteragencyCouncil or PartnerRole.ContractedSystemAdministrator or PartnerRole.StateAgency;
            var offersSpanish = spanish || _random.Next(4) == 0;
            _programs.Add(new SeedProgram
            {
                Key = $"{partner.Key}/{Slug(template.Name)}",
                Partner = partner.Key,
                Name = template.Name,
                Description = Sentences(3),
                Website = partner.Website,
                ServiceTypes = types,
                Eligibility = new Eligibility
                {
                    MinimumAge = _random.Next(0, 6),
                    MaximumAge = Pick([17, 18, 21]),
                    Populations = [Pick(SyntheticText.Populations)],
                },
                Availability = alwaysOpen
                    ? new Availability { Available24x7 = true, Description = "24 hours a day, 7 days a week" }
                    : new Availability { Description = "Weekdays 9 am to 5 pm; evening appointments available" },
                ResponseTime = role == PartnerRole.MobileResponse ? "Within one hour of the call" : _random.Next(3) == 0 ? "Within 72 hours" : null,
                TypicalDuration = Pick(SyntheticText.Durations),
                Cost = free
                    ? new Cost { Free = true }
                    : new Cost { Free = false, PaymentOptions = [.. SyntheticText.PaymentOptions.Where(_ => _random.Next(2) == 0)] },
                Referral = new ReferralPathway
                {
                    WhoRefers = [Pick(SyntheticText.WhoRefers)],
                    HowToRefer = role is PartnerRole.MobileResponse or PartnerRole.CareManagement ? "Call the statewide access line." : "Call the program directly.",
                    Phone = partner.Phones[0].Number,
                    ViaPartnerKey = role is PartnerRole.MobileResponse or PartnerRole.CareManagement ? _csaKey : null,
                },
                Components = template.Name == "Wraparound Care Management"
                    ? [.. _wraparoundComponents.Select((c, i) => new ProgramComponent { Position = i + 1, Name = c })]
                    : [],
                Languages = offersSpanish ? ["en", "es"] : ["en"],
                ServiceAreas = partner.ServiceAreas,
                Status = _random.Next(100) switch
                {
                    < 94 => ProgramStatus.Active,
                    < 97 => ProgramStatus.Inactive,
                    < 99 => ProgramStatus.TemporarilyClosed,
                    _ => ProgramStatus.Defunct,
                },
                Translations = offersSpanish ? [new Translation { Language = "es", Name = template.SpanishName, Description = Pick(SyntheticText.SpanishPhrases) }] : [],
                Provenance = provenance,
            });
        }
    }

    private void Meetings(SeedPartner partner, PartnerRole role, SeedCounty? county, bool spanish)
    {
        var (count, kind, title, audiences) = role switch
        {
            PartnerRole.FamilySupport => (_random.Next(1, 3), MeetingKind.SupportGroup, "Parent-to-Parent Support Group", new[] { Audience.ParentsCaregivers }),
            PartnerRole.InteragencyCouncil => (_random.Next(1, 3), MeetingKind.Council, $"{county?.Name} County Interagency Council meeting", [Audience.Professionals, Audience.Public]),
            PartnerRole.StateAgency => (1, MeetingKind.TownHall, "Statewide Town Hall for Educators", [Audience.Educators]),
            PartnerRole.Provider => (_random.Next(0, 3), MeetingKind.Training, "Trauma-Informed Classroom Strategies (training)", [Audience.Educators, Audience.Professionals]),
            _ => (_random.Next(0, 2), MeetingKind.Training, "Recognizing a Behavioral Health Crisis (training)", [Audience.Educators, Audience.ParentsCaregivers]),
        };
        for (var i = 1; i <= count; i++)
        {
            var recurrence = Pick(MeetingRecurrence.All);
            var inSpanish = spanish && kind == MeetingKind.SupportGroup;
            var mode = Pick([AttendanceMode.InPerson, AttendanceMode.Virtual, AttendanceMode.Hybrid]);
            _meetings.Add(new SeedMeeting
            {
                Key = $"{partner.Key}/meeting-{i}",
                Title = inSpanish ? "Grupo de Apoyo para Padres" : i == 2 && kind == MeetingKind.Council ? "Education Subcommittee" : title,
                Description = inSpanish ? Pick(SyntheticText.SpanishPhrases) : Sentences(1),
                Kind = i == 2 && kind == MeetingKind.Council ? MeetingKind.Subcommittee : kind,
                Organizer = partner.Key,
                County = county?.Slug,
                Audiences = [.. audiences],
                Schedule = new MeetingSchedule
                {
                    Text = $"{recurrence.Text}, {recurrence.Start:h:mm tt}",
                    StartLocal = recurrence.FirstStart(),
                    DurationMinutes = Pick([60, 90, 120]),
                    RecurrenceRule = recurrence.Rule,
                    TimeZone = state.TimeZone,
                },
                AttendanceMode = mode,
                Location = mode == AttendanceMode.Virtual ? null : partner.Locations[0],
                JoinUrl = mode == AttendanceMode.InPerson ? null : $"{partner.Website}/meetings/{i}",
                Language = inSpanish ? "es" : "en",
                Provenance = provenance,
            });
        }
    }

    private void Resources(SeedPartner partner, PartnerRole role, SeedCounty? county, bool spanish)
    {
        string[] topics = role switch
        {
            PartnerRole.MobileResponse => ["crisis", "access"],
            PartnerRole.CareManagement => ["care-management", "referral"],
            PartnerRole.FamilySupport => ["family-support", "eligibility"],
            PartnerRole.InteragencyCouncil => ["council", "directory"],
            PartnerRole.ContractedSystemAdministrator => ["access", "referral", "payment"],
            PartnerRole.StateAgency => ["education", "foster-care"],
            _ => ["therapy", "education"],
        };
        var count = _random.Next(0, 5);
        for (var i = 1; i <= count; i++)
        {
            var kind = Pick(Enum.GetValues<ResourceKind>());
            var inSpanish = spanish && _random.Next(2) == 0;
            var meeting = kind == ResourceKind.Recording && _meetings.Count > 0 && _meetings[^1].Organizer == partner.Key ? _meetings[^1] : null;
            var title = (kind, inSpanish) switch
            {
                (_, true) => "Guía para familias: cómo pedir ayuda para su hijo",
                (ResourceKind.Video, _) => $"What to expect from {partner.Name} (video)",
                (ResourceKind.Recording, _) => meeting is null ? "Recorded webinar: supporting students' behavioral health" : $"Recording: {meeting.Title}",
                (ResourceKind.Guide, _) => "An educator's guide to recognizing anxiety and depression in adolescents",
                (ResourceKind.Form, _) => "Referral and consent form",
                (ResourceKind.Directory, _) => $"{county?.Name ?? state.Name} resource directory",
                _ => "Classroom accommodations for students with behavioral needs",
            };
            _resources.Add(new SeedEducatorResource
            {
                Key = $"{partner.Key}/resource-{i}",
                Title = title,
                Description = inSpanish ? Pick(SyntheticText.SpanishPhrases) : Sentences(1),
                Kind = kind,
                Url = $"{partner.Website}/resources/{i}",
                Owner = partner.Key,
                County = county?.Slug,
                Meeting = meeting?.Key,
                Audiences = _random.Next(3) == 0 ? [Audience.Educators, Audience.ParentsCaregivers] : [Audience.Educators],
                Topics = [.. topics.Where(_ => _random.Next(3) > 0).DefaultIfEmpty(topics[0])],
                Language = inSpanish ? "es" : "en",
                DurationMinutes = kind is ResourceKind.Video or ResourceKind.Recording ? _random.Next(3, 61) : null,
                Provenance = provenance,
            });
        }
    }

    private Phone Phone()
    {
        var area = _random.Next(201, 990);
        var line = 100 + _random.Next(100);
        return new Phone { Number = $"({area}) 555-0{line}", E164 = $"+1{area}5550{line}" };
    }

    private PostalLocation Location(string name, string? city) => new()
    {
        Name = name,
        Address1 = $"{_random.Next(1, 2000)} {Pick(SyntheticText.Streets)} Street",
        City = city,
        Region = state.Code,
        PostalCode = $"{_random.Next(10000, 100000)}",
        Latitude = Math.Round(state.Latitude + ((_random.NextDouble() - 0.5) * 2), 5),
        Longitude = Math.Round(state.Longitude + ((_random.NextDouble() - 0.5) * 2), 5),
    };

    private string Sentences(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(SyntheticText.DescriptionPhrases)).Distinct());

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
#pragma warning restore CA5394

    private static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
