-- V12's declaratie_nummer_ix repeated the index of the unique constraint declaratie_nummer_uk
-- (aanbieder, standaard, declaratienummer), which TR333's look-up uses: one index write per
-- declaratie less.
drop index declaratie_nummer_ix;
