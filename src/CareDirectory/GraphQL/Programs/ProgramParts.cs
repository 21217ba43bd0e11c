using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Programs;

/// <summary>Who a program serves.</summary>
public sealed class EligibilityType : ObjectGraphType<Eligibility>
{
    public EligibilityType()
    {
        Name = "Eligibility";
        Description = "Who a program serves.";
        Field<IntGraphType>("minimumAge").Description("Youngest age served, when the source says.").Resolve(c => c.Source.MinimumAge);
        Field<IntGraphType>("maximumAge").Description("Oldest age served, when the source says (NJ CSOC: up to 21).").Resolve(c => c.Source.MaximumAge);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("populations").Description("Populations served, in the source's words.").Resolve(c => c.Source.Populations);
        Field<StringGraphType>("description").Description("Eligibility in the source's words.").Resolve(c => c.Source.Description);
    }
}

/// <summary>When a program is available.</summary>
public sealed class AvailabilityType : ObjectGraphType<Availability>
{
    public AvailabilityType()
    {
        Name = "Availability";
        Description = "When a program is available.";
        Field<NonNullGraphType<BooleanGraphType>>("available24x7").Description("True if available 24 hours a day, 7 days a week.").Resolve(c => c.Source.Available24x7);
        Field<StringGraphType>("description").Description("Availability in the source's words.").Resolve(c => c.Source.Description);
    }
}

/// <summary>What a program costs and who pays.</summary>
public sealed class CostType : ObjectGraphType<Cost>
{
    public CostType()
    {
        Name = "Cost";
        Description = "What a family pays and how services are funded.";
        Field<BooleanGraphType>("free").Description("True if free to families, false if not, null when the source does not say.").Resolve(c => c.Source.Free);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("paymentOptions").Description("Payment sources, e.g. Medicaid, NJ FamilyCare, Commercial insurance, Self-pay.").Resolve(c => c.Source.PaymentOptions);
        Field<StringGraphType>("description").Description("Cost and payment in the source's words.").Resolve(c => c.Source.Description);
    }
}

/// <summary>How a child gets into a program.</summary>
public sealed class ReferralPathwayType : ObjectGraphType<ReferralPathway>
{
    public ReferralPathwayType()
    {
        Name = "ReferralPathway";
        Description = "How a child gets into a program: who refers, how, by which phone or form.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("whoRefers").Description("Who makes the referral, e.g. Parent or legal guardian; Illinois DCFS caseworker.").Resolve(c => c.Source.WhoRefers);
        Field<StringGraphType>("howToRefer").Description("How to refer, in the source's words.").Resolve(c => c.Source.HowToRefer);
        Field<StringGraphType>("phone").Description("Number to call.").Resolve(c => c.Source.Phone);
        Field<StringGraphType>("formName").Description("Referral form, e.g. SOC referral form.").Resolve(c => c.Source.FormName);
        Field<StringGraphType>("url").Description("Where to refer online.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("viaPartnerKey").Description("Key of the partner that takes the referral, e.g. nj/performcare.").Resolve(c => c.Source.ViaPartnerKey);
    }
}

/// <summary>An ordered step of a program.</summary>
public sealed class ProgramComponentType : ObjectGraphType<ProgramComponent>
{
    public ProgramComponentType()
    {
        Name = "ProgramComponent";
        Description = "An ordered step of a program (e.g. the ten steps of the JCFS System of Care).";
        Field<NonNullGraphType<IntGraphType>>("position").Description("1-based position.").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Step name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("What happens in this step.").Resolve(c => c.Source.Description);
    }
}
