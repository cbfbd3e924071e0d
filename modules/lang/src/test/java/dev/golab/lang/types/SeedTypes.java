package dev.golab.lang.types;

import static dev.golab.lang.types.Field.embed;
import static dev.golab.lang.types.Field.named;

import java.util.List;

/**
 * The types of src/test/go/methods and src/test/go/iface (the seed's examples), declared in the
 * model. Each field mirrors one Go declaration, quoted beside it. A fresh instance per test: Named
 * types are nominal, so two instances declare different types.
 */
final class SeedTypes {
    // type User struct{ Name, Email string }
    final Named user = Named.define("User", GoType.Struct.of(named("Name", GoType.STRING), named("Email", GoType.STRING)))
            .method("Rename", (u, a) -> { ((StructValue) u).set("Name", a[0]); return null; })          // func (u User) Rename(n string)
            .pointerMethod("SetEmail", (p, a) -> { Ptr.deref((Ptr) p).set("Email", a[0]); return null; });  // func (u *User) SetEmail(e string)

    // type Celsius float64; func (c Celsius) ToFahrenheit() float64 { return float64(c)*9/5 + 32 }
    final Named celsius = Named.define("Celsius", GoType.FLOAT64)
            .method("ToFahrenheit", (c, a) -> (Double) c * 9 / 5 + 32);
    // type Fahrenheit float64
    final Named fahrenheit = Named.define("Fahrenheit", GoType.FLOAT64);

    // type Animal struct{ Name string }; func (a Animal) Speak() string; func (a *Animal) Breathe()
    final Named animal = Named.define("Animal", GoType.Struct.of(named("Name", GoType.STRING)))
            .method("Speak", (a, x) -> ((StructValue) a).get("Name") + " speaks")
            .pointerMethod("Breathe", (p, x) -> "breathes");
    // type Dog struct{ Animal; Breed string }
    final Named dog = Named.define("Dog", GoType.Struct.of(embed(animal), named("Breed", GoType.STRING)));
    // type Speaker interface{ Speak() string }; type Breather interface{ Breathe() }
    final Named speaker = Named.define("Speaker", GoType.Interface.of("Speak"));
    final Named breather = Named.define("Breather", GoType.Interface.of("Breathe"));

    // type Base struct{ ID int }; func (b Base) Describe() string { return fmt.Sprintf("ID=%d", b.ID) }
    final Named base = Named.define("Base", GoType.Struct.of(named("ID", GoType.INT)))
            .method("Describe", (b, x) -> "ID=" + ((StructValue) b).get("ID"));
    // type Widget struct{ Base; Label string }; func (w *Widget) Describe() string { return "Widget: " + w.Label }
    final Named widget = Named.define("Widget", GoType.Struct.of(embed(base), named("Label", GoType.STRING)))
            .pointerMethod("Describe", (w, x) -> "Widget: " + Ptr.deref((Ptr) w).get("Label"));
    final GoType.Interface describer = GoType.Interface.of("Describe");

    // type Logger interface{ Log(string) string }; type prefixLogger struct{ p string }
    final Named logger = Named.define("Logger", GoType.Interface.of("Log"));
    final Named prefixLogger = Named.define("prefixLogger", GoType.Struct.of(named("p", GoType.STRING)))
            .method("Log", (l, a) -> ((StructValue) l).get("p") + (String) a[0]);
    // type Service struct{ Logger; Name string }
    final Named service = Named.define("Service", GoType.Struct.of(embed(logger), named("Name", GoType.STRING)));

    // type Reader/Writer/Closer interface{…}; type ReadWriteCloser interface{ Reader; Writer; Closer }
    final Named reader = Named.define("Reader", GoType.Interface.of("Read"));
    final Named writer = Named.define("Writer", GoType.Interface.of("Write"));
    final Named closer = Named.define("Closer", GoType.Interface.of("Close"));
    final Named readWriteCloser = Named.define("ReadWriteCloser", GoType.Interface.embedding(List.of(reader, writer, closer)));
    // type rw struct{}: Read, Write; type rwc struct{ rw }: + Close
    final Named rw = Named.define("rw", GoType.Struct.of()).method("Read", (r, a) -> "").method("Write", (r, a) -> null);
    final Named rwc = Named.define("rwc", GoType.Struct.of(embed(rw))).method("Close", (r, a) -> null);

    // type Inner struct{ Name string }; type Middle struct{ Inner }; type Outer struct{ Middle; Name string }
    final Named inner = Named.define("Inner", GoType.Struct.of(named("Name", GoType.STRING)));
    final Named middle = Named.define("Middle", GoType.Struct.of(embed(inner)));
    final Named outer = Named.define("Outer", GoType.Struct.of(embed(middle), named("Name", GoType.STRING)));

    // type MyError struct{ Msg string }; func (e *MyError) Error() string { return e.Msg }
    final Named myError = Named.define("MyError", GoType.Struct.of(named("Msg", GoType.STRING)))
            .pointerMethod("Error", (e, a) -> Ptr.deref((Ptr) e).get("Msg"));
    final GoType myErrorPtr = GoType.ptr(myError);
    // type Stringer interface{ String() string }; func (u User) String() string
    final Named stringer = Named.define("Stringer", GoType.Interface.of("String"));
    final Named namedUser = Named.define("User", GoType.Struct.of(named("Name", GoType.STRING)))
            .method("String", (u, a) -> "User(" + ((StructValue) u).get("Name") + ")");

    StructValue dogRex() {
        return StructValue.of(dog, StructValue.of(animal, "Rex"), "lab");
    }

    StructValue widgetButton() {
        return StructValue.of(widget, StructValue.of(base, 1), "button");
    }
}
