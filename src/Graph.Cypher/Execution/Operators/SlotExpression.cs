namespace Graph.Cypher.Execution.Operators;

/// <summary>An expression compiled against slots: reads the row's slots, never names.</summary>
internal delegate object? SlotExpression(object?[] row, OperatorContext context);
