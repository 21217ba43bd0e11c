using System.Text.Json.Nodes;
using CareDirectory.Domain;

namespace CareDirectory.Hsds;

/// <summary>HSDS service ↔ <see cref="CareProgram"/> (see docs/hsds.md for the field table).</summary>
public static class HsdsServiceMapper
{
    private const string AllWeek = "MO,TU,WE,TH,FR,SA,SU";

    /// <summary>The service as our model says it, without its nested organization (the caller adds that).</summary>
    public static JsonObject ToHsds(CareProgram program, HsdsPlaces places)
    {
        var id = HsdsJson.Format(program.Id);
        var service = new JsonObject
        {
            ["id"] = id,
            ["organization_id"] = HsdsJson.Format(program.PartnerId),
            ["name"] = program.Name,
            ["status"] = Status(program.Status),
        };
        service.Put("alternate_name", program.AlternateName).Put("description", program.Description).Put("url", program.Website).Put("email", program.Email);
        service.Put("application_process", program.Referral.HowToRefer).Put("fees_description", program.Cost.Description);
        service.Put("eligibility_description", program.Eligibility.Description).Put("minimum_age", program.Eligibility.MinimumAge).Put("maximum_age", program.Eligibility.MaximumAge);
        service["assured_date"] = HsdsJson.Format(program.Provenance.LastVerified);
        service["last_modified"] = HsdsJson.Format(program.LastModified);
        service.Put("schedules", Schedules(program));
        service.Put("service_areas", program.ServiceAreas.Select(area => new JsonObject
        {
            ["id"] = HsdsJson.Format(StableId.For("hsds-service-area", $"{id}/{HsdsServiceAreas.Extent(area)}")),
            ["service_id"] = id,
            ["name"] = HsdsServiceAreas.Name(area, places),
            ["extent"] = HsdsServiceAreas.Extent(area),
            ["extent_type"] = HsdsServiceAreas.ExtentType,
        }.Put("description", area.Note)));
        service.Put("languages", program.Languages.Select(code => new JsonObject
        {
            ["id"] = HsdsJson.Format(StableId.For("hsds-language", $"{id}/{code}")),
            ["service_id"] = id,
            ["code"] = code,
        }));
        service.Put("cost_options", CostOptions(program, id));
        service.Put("attributes", program.ServiceTypes.OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(type => HsdsTaxonomies.Attribute(program.Id, "service", HsdsTaxonomies.ServiceTypeTerm(type), null)));
        return service;
    }

    /// <summary>A new program for a service, keyed by its HSDS id.</summary>
    public static CareProgram New(Guid id, JsonObject service, Provenance provenance) =>
        new() { Id = id, Key = $"hsds/{id}", Name = service.Text("name") ?? string.Empty, Provenance = provenance };

    /// <summary>Copies what our model holds from a service onto a program; <paramref name="serviceTypes"/> are its resolved taxonomy terms.</summary>
    /// <remarks>The program's state is the one its state or county areas name, else <paramref name="stateId"/> (its partner's).</remarks>
    public static void Apply(JsonObject service, CareProgram program, Guid partnerId, Guid stateId, HsdsPlaces places, List<ServiceType> serviceTypes)
    {
        program.Name = service.Text("name") ?? program.Name;
        program.AlternateName = service.Text("alternate_name");
        program.Description = service.Text("description");
        program.Website = service.Text("url");
        program.Email = service.Text("email");
        program.PartnerId = partnerId;
        program.Status = Status(service.Text("status"));
        program.Eligibility = program.Eligibility with
        {
            Description = service.Text("eligibility_description"),
            MinimumAge = WholeYears(service.Number("minimum_age"), minimum: true),
            MaximumAge = WholeYears(service.Number("maximum_age"), minimum: false),
        };
        program.Referral = program.Referral with { HowToRefer = service.Text("application_process") };
        var costs = service.Objects("cost_options").ToList();
        program.Cost = program.Cost with
        {
            Description = service.Text("fees_description"),
            Free = costs.Any(IsFree) ? true : program.Cost.Free,
            PaymentOptions = costs.Where(c => !IsFree(c)).Select(c => c.Text("option")).OfType<string>().ToList(),
        };
        var schedule = service.Objects("schedules").FirstOrDefault();
        program.Availability = schedule is null ? new Availability() : new Availability
        {
            Available24x7 = schedule.Text("byday") == AllWeek && schedule.Text("opens_at") == "00:00" && schedule.Text("closes_at") == "23:59",
            Description = schedule.Text("description"),
        };
        program.Languages = service.Objects("languages").Select(l => l.Text("code")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        List<ServiceArea> Areas(Guid state) => service.Objects("service_areas")
            .Select(a => (Area: HsdsServiceAreas.Parse(a.Text("extent_type") == HsdsServiceAreas.ExtentType ? a.Text("extent") : null, a.Text("name"), state, places), Note: a.Text("description")))
            .Where(a => a.Area is not null)
            .Select(a => { a.Area!.Note = a.Note; return a.Area; })
            .ToList();
        program.StateId = HsdsServiceAreas.StateOf(Areas(stateId)) ?? stateId;
        program.ServiceAreas = Areas(program.StateId);
        program.ServiceTypes = serviceTypes;
    }

    public static string Status(ProgramStatus status) => status switch
    {
        ProgramStatus.Inactive => "inactive",
        ProgramStatus.Defunct => "defunct",
        ProgramStatus.TemporarilyClosed => "temporarily closed",
        _ => "active",
    };

    private static ProgramStatus Status(string? status) => status switch
    {
        "inactive" => ProgramStatus.Inactive,
        "defunct" => ProgramStatus.Defunct,
        "temporarily closed" => ProgramStatus.TemporarilyClosed,
        _ => ProgramStatus.Active,
    };

    /// <summary>
    /// An HSDS age (any number) as our whole years, for the record rules to judge (0–120, minimum not above maximum):
    /// a fraction is widened so nobody it names is left out (a minimum of 0.5 is 0, a maximum of 17.5 is 18); a number
    /// beyond int stays beyond the rules' range rather than wrapping.
    /// </summary>
    private static int? WholeYears(double? age, bool minimum) => age switch
    {
        null or double.NaN => null,
        >= int.MaxValue => int.MaxValue,
        <= int.MinValue => int.MinValue,
        { } a => (int)(minimum ? Math.Floor(a) : Math.Ceiling(a)),
    };

    private static bool IsFree(JsonObject cost) => cost.Text("option") == "Free" && cost.Number("amount") == 0;

    private static IEnumerable<JsonObject> Schedules(CareProgram program)
    {
        var availability = program.Availability;
        if (!availability.Available24x7 && availability.Description is null)
        {
            yield break;
        }

        var schedule = new JsonObject
        {
            ["id"] = HsdsJson.Format(StableId.For("hsds-schedule", HsdsJson.Format(program.Id))),
            ["service_id"] = HsdsJson.Format(program.Id),
        };
        if (availability.Available24x7)
        {
            schedule["freq"] = "WEEKLY";
            schedule["byday"] = AllWeek;
            schedule["opens_at"] = "00:00";
            schedule["closes_at"] = "23:59";
        }

        yield return schedule.Put("description", availability.Description);
    }

    private static IEnumerable<JsonObject> CostOptions(CareProgram program, string id)
    {
        var options = program.Cost.PaymentOptions.Select(option => new JsonObject { ["option"] = option });
        if (program.Cost.Free == true)
        {
            options = options.Prepend(new JsonObject { ["option"] = "Free", ["amount"] = 0, ["currency"] = "USD" });
        }

        return options.Select(option =>
        {
            var withIds = new JsonObject
            {
                ["id"] = HsdsJson.Format(StableId.For("hsds-cost-option", $"{id}/{option.Text("option")}")),
                ["service_id"] = id,
            };
            foreach (var (name, value) in option)
            {
                withIds[name] = value?.DeepClone();
            }

            return withIds;
        });
    }
}
