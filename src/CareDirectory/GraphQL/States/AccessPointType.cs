using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.States;

/// <summary>A statewide way into the system of care.</summary>
public sealed class AccessPointType : ObjectGraphType<AccessPoint>
{
    public AccessPointType()
    {
        Name = "AccessPoint";
        Description = "A statewide way into the system of care, such as New Jersey's single point of entry.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the line or service.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("What the line is for, in the source's words.").Resolve(c => c.Source.Description);
        Field<StringGraphType>("phone").Description("Phone number as published, e.g. 1-877-652-7624.").Resolve(c => c.Source.Phone);
        Field<StringGraphType>("phoneE164").Description("The same number in E.164 form for tel: links, e.g. +18776527624.").Resolve(c => c.Source.PhoneE164);
        Field<NonNullGraphType<BooleanGraphType>>("tollFree").Description("True for a toll-free number.").Resolve(c => c.Source.TollFree);
        Field<StringGraphType>("hours").Description("Opening hours as published.").Resolve(c => c.Source.Hours);
        Field<NonNullGraphType<BooleanGraphType>>("available24x7").Description("True if the line answers 24 hours a day, 7 days a week.").Resolve(c => c.Source.Available24x7);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("whoMayCall").Description("Who may call and who may help, e.g. the parent/guardian must make the call.").Resolve(c => c.Source.WhoMayCall);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("referralSteps").Description("What happens after the call, in order.").Resolve(c => c.Source.ReferralSteps);
        Field<StringGraphType>("website").Description("Website of the organisation answering the line.").Resolve(c => c.Source.Website);
        Field<StringGraphType>("operatorKey").Description("Key of the partner that answers the line.").Resolve(c => c.Source.OperatorPartnerKey);
    }
}
