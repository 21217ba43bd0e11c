using System.Text;

namespace CareDirectory.Tests.Rules;

/// <summary>Sets named columns of one row of a CSV file (RFC 4180 quoting), so a test can plant a bad value in a real HSDS CSV package.</summary>
public static class CsvRow
{
    public static void Set(string file, int row, IReadOnlyDictionary<string, string> values)
    {
        var lines = File.ReadAllLines(file);
        var header = Split(lines[0]);
        var cells = Split(lines[row]);
        foreach (var (column, value) in values)
        {
            cells[header.IndexOf(column)] = value;
        }

        lines[row] = string.Join(",", cells.Select(c => c.Contains(',', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));
        File.WriteAllLines(file, lines);
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
