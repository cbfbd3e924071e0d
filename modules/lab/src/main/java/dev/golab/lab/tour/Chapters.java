package dev.golab.lab.tour;

import java.util.List;

/** The tour's chapters, in reading order. Each module adds its chapter here. */
public final class Chapters {
    private Chapters() {}

    public static List<Chapter> all() {
        return List.of(
                new RuntimeChapter(),
                new SyncChapter(),
                new ChannelsChapter(),
                new SlicesChapter(),
                new MapsChapter(),
                new StringsChapter(),
                new XsyncChapter(),
                new GcChapter(),
                new SchedChapter());
    }
}
