/** Places units on the map: city and district from the names of units and departments. */
package org.jixiao.ingest.region;
