using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Programs;

/// <summary>What lists of programs may be filtered and sorted by.</summary>
public static class ProgramListing
{
    private static readonly FilterDefinition<Eligibility> _eligibility = new FilterDefinition<Eligibility>()
        .Scalar<IntOperationFilterInputType, int?>("minimumAge", e => e.MinimumAge, "Youngest age served.")
        .Scalar<IntOperationFilterInputType, int?>("maximumAge", e => e.MaximumAge, "Oldest age served.");

    private static readonly FilterDefinition<ServiceType> _serviceType = new FilterDefinition<ServiceType>()
        .Scalar<StringOperationFilterInputType, string>("code", t => t.Code, "Term code.")
        .Scalar<StringOperationFilterInputType, string>("name", t => t.Name, "Term name.");

    public static readonly EntityListing<CareProgram> Definition = RecordListing.Of(
        new FilterDefinition<CareProgram>()
            .Scalar<StringOperationFilterInputType, string>("name", p => p.Name, "Program name.")
            .Scalar<StringOperationFilterInputType, string?>("description", p => p.Description, "Description text.")
            .Scalar<EnumOperationFilterInputType<ProgramStatusType>, ProgramStatus>("status", p => p.Status, "HSDS status.")
            .ScalarList<ListFilterInputType<StringOperationFilterInputType>, string>("languages", p => p.Languages, "Languages offered.")
            .ObjectList<ListFilterInputType<ServiceTypeFilterInputType>, ServiceType>("serviceTypes", p => p.ServiceTypes, _serviceType, "Service types.")
            .Object<EligibilityFilterInputType, Eligibility>("eligibility", p => p.Eligibility, _eligibility, "Ages served.")
            .ObjectList<ListFilterInputType<ServiceAreaFilterInputType>, ServiceArea>("serviceAreas", p => p.ServiceAreas, ServiceAreaFilters.Definition, "Areas served.")
            .Object<PartnerFilterInputType, Partner>("partner", p => p.Partner!, PartnerListing.Definition.Filters, "The partner that runs the program."),
        new SortDefinition<CareProgram>(p => p.Name, p => p.Id)
            .Field("name", p => p.Name, "By name.")
            .Related<PartnerSortInputType, Partner>("partner", p => p.Partner!, PartnerListing.Definition.Sorts, "By the partner that runs the program (its fields).")) with
    {
        // Always: the keys, and the partner and service areas programs are grouped by. Other fields read the property of their name.
        Projection = new EntityProjection<CareProgram>(
            ["Id", "Key", "StateId", "PartnerId", "ServiceAreas"],
            new Dictionary<string, string[]> { ["scope"] = ["ServiceAreas"], ["partner"] = ["PartnerId"], ["serviceTypes"] = [] }),
    };

    public static FilterDefinition<Eligibility> Eligibility => _eligibility;

    public static FilterDefinition<ServiceType> ServiceType => _serviceType;
}

/// <summary><c>ProgramFilterInput</c>.</summary>
public sealed class ProgramFilterInputType() : FilterInputType("ProgramFilterInput", "programs", ProgramListing.Definition.Filters);

/// <summary><c>ProgramSortInput</c>.</summary>
public sealed class ProgramSortInputType() : SortInputType("ProgramSortInput", "programs", ProgramListing.Definition.Sorts);

/// <summary><c>EligibilityFilterInput</c>.</summary>
public sealed class EligibilityFilterInputType() : FilterInputType("EligibilityFilterInput", "eligibility", ProgramListing.Eligibility);

/// <summary><c>ServiceTypeFilterInput</c>.</summary>
public sealed class ServiceTypeFilterInputType() : FilterInputType("ServiceTypeFilterInput", "service types", ProgramListing.ServiceType);
