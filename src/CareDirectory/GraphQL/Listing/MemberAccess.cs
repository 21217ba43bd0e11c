using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Listing;

/// <summary>Reads an allow-listed member (a filter's or a sort's selector) from another expression: a nested record, a list element.</summary>
internal static class MemberAccess
{
    /// <summary>The body of <paramref name="selector"/> with its parameter replaced by <paramref name="target"/>.</summary>
    public static Expression On(LambdaExpression selector, Expression target) =>
        new ReplaceParameter(selector.Parameters[0], target).Visit(selector.Body);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
