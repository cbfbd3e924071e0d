package dev.golab.lang.types;

import java.util.List;

/** The values iface.go's type switch runs over, with their "%T: kind" lines from the model. */
final class SwitchValues {
    private SwitchValues() {}

    static List<String> switchLines(InterfaceAnswersTest a) {
        SeedTypes t = a.t;
        List<Iface> values = List.of(Iface.nil(GoType.ANY), Iface.box(GoType.ANY, GoType.INT, 7),
                Iface.box(GoType.ANY, GoType.STRING, "s"), Iface.box(GoType.ANY, new GoType.SliceOf(GoType.BYTE), new byte[] {'b'}),
                Iface.box(GoType.ANY, t.myErrorPtr, Ptr.to(StructValue.of(t.myError, "boom"))),
                Iface.box(GoType.ANY, t.namedUser, StructValue.of(t.namedUser, "ann")), Iface.box(GoType.ANY, GoType.FLOAT64, 2.5),
                Iface.box(GoType.ANY, t.myErrorPtr, null));
        return values.stream().map(v -> v.typeName() + ": " + a.kind(v)).toList();
    }
}
