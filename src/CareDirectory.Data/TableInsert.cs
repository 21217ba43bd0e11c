using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareDirectory.Data;

/// <summary>
/// The INSERT of one table for rows of one mapped type, taken from the EF Core model: the table and column names, each
/// column's type mapping (value converters, JSON columns, provider types) and where its value comes from. A row's
/// values are read from an item (the entity, one of its owned rows, or the other end of a many-to-many) and the entity
/// that owns it.
/// </summary>
internal sealed class TableInsert
{
    private TableInsert(string table, IReadOnlyList<InsertColumn> columns, ISqlGenerationHelper sql)
    {
        Table = table;
        Columns = columns;
        ParameterNames = columns.Select((_, i) => sql.GenerateParameterName(ParameterName(i))).ToArray();
        Sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder(ParameterName(i))))})";
    }

    public string Table { get; }

    public string Sql { get; }

    public IReadOnlyList<InsertColumn> Columns { get; }

    /// <summary>The command parameters' names, by column.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    private static string ParameterName(int column) => $"p{column}";

    /// <summary>The provider values of the row for <paramref name="item"/> of <paramref name="owner"/>.</summary>
    public object?[] Row(object item, object owner)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = Columns[i];
            var value = column.Value(item, owner);
            values[i] = value is null || column.Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
        }

        return values;
    }

    /// <summary>The table of <paramref name="type"/> itself: its properties' columns and the JSON columns of its owned navigations.</summary>
    public static TableInsert ForEntity(IEntityType type, ISqlGenerationHelper sql)
    {
        var mapping = type.GetTableMappings().Single();
        var columns = mapping.ColumnMappings.Where(c => !IsStoreGenerated(c.Property))
            .Select(c => new InsertColumn(c.Column.Name, c.TypeMapping, c.Column.IsNullable, Getter(c.Property)))
            .ToList();
        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson() && n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var column = mapping.Table.FindColumn(navigation.TargetEntityType.GetContainerColumnName()!)!;
            columns.Add(new InsertColumn(column.Name, column.StoreTypeMapping, column.IsNullable, (_, owner) => OwnedJsonDocument.Of(navigation, owner)));
        }

        return Checked(mapping.Table, columns, sql);
    }

    /// <summary>
    /// The table of an owned collection kept in its own table, or of a many-to-many's join rows: columns of foreign keys
    /// to the owner take the owner's key, the join's other key the item's, the rest the item's properties.
    /// </summary>
    public static TableInsert ForDependent(IEntityType type, IEntityType owner, ISqlGenerationHelper sql)
    {
        var mapping = type.GetTableMappings().Single();
        var columns = mapping.ColumnMappings.Where(c => !IsStoreGenerated(c.Property))
            .Select(c => new InsertColumn(c.Column.Name, c.TypeMapping, c.Column.IsNullable, DependentValue(c.Property, type, owner)))
            .ToList();
        return Checked(mapping.Table, columns, sql);
    }

    private static Func<object, object, object?> DependentValue(IProperty property, IEntityType type, IEntityType owner)
    {
        foreach (var foreignKey in property.GetContainingForeignKeys())
        {
            var principal = foreignKey.PrincipalKey.Properties[foreignKey.Properties.ToList().IndexOf(property)].GetGetter();
            if (foreignKey.PrincipalEntityType == owner)
            {
                return (_, o) => principal.GetClrValue(o);
            }

            if (owner.GetSkipNavigations().Any(s => s.JoinEntityType == type))
            {
                return (item, _) => principal.GetClrValue(item);
            }
        }

        return Getter(property);
    }

    private static Func<object, object, object?> Getter(IProperty property)
    {
        if (property.IsShadowProperty())
        {
            throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property: {nameof(NewEntityInserts)} has no value for it");
        }

        var getter = property.GetGetter();
        return (item, _) => getter.GetClrValue(item);
    }

    /// <summary>Keys the database numbers (identity, SQLite's INTEGER PRIMARY KEY): left out, as EF Core leaves them out of its INSERTs.</summary>
    private static bool IsStoreGenerated(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is var t && (t == typeof(int) || t == typeof(long));

    /// <summary>
    /// Every column of the table has a value (or is numbered by the database), and none is one SaveChanges would leave
    /// to the database (a default or computed column) or fill from a value generator: a model change this code does not
    /// know fails here, when the first insert is planned, not in the data.
    /// </summary>
    private static TableInsert Checked(ITable table, List<InsertColumn> columns, ISqlGenerationHelper sql)
    {
        var generated = table.Columns
            .Where(c => c.DefaultValueSql is not null || c.ComputedColumnSql is not null || c.DefaultValue is not null
                || c.PropertyMappings.Any(m => m.Property.ValueGenerated != ValueGenerated.Never && !IsStoreGenerated(m.Property)))
            .Select(c => c.Name)
            .ToList();
        if (generated.Count > 0)
        {
            throw new NotSupportedException($"{nameof(NewEntityInserts)} cannot write {table.Name}.{string.Join(", ", generated)}: SaveChanges leaves its value to the database or a value generator");
        }

        var missing = table.Columns.Select(c => c.Name).Except(columns.Select(c => c.Name))
            .Where(name => table.FindColumn(name)!.PropertyMappings.All(m => !IsStoreGenerated(m.Property)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new NotSupportedException($"{nameof(NewEntityInserts)} has no value for {table.Name}.{string.Join(", ", missing)}");
        }

        return new TableInsert(sql.DelimitIdentifier(table.Name, table.Schema), columns, sql);
    }
}

/// <summary>A column of a <see cref="TableInsert"/>: its name, type mapping, and its value for an item of an owner.</summary>
internal sealed record InsertColumn(string Name, RelationalTypeMapping Mapping, bool Nullable, Func<object, object, object?> Value);
