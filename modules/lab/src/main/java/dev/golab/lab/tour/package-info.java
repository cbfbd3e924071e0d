/**
 * The tour: one {@link dev.golab.lab.tour.Chapter} per area, listed in reading order by
 * {@link dev.golab.lab.tour.Chapters}. Every behaviour is computed live and printed by
 * {@link dev.golab.lab.tour.TourOut} as question / what Go does / what the model did, with a check mark,
 * or as a documented Java difference.
 */
package dev.golab.lab.tour;
