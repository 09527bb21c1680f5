import java.sql.*; import java.util.*; import java.lang.management.*;
/**
 * Issue #19 item 3: what writing a night's violations costs H2 by itself, outside any night. Reads the violations of
 * a night's H2 file (kept from a run), then writes them into fresh H2 files with the store's schema, the way the
 * batch does (the 250-row MERGEs of ViolationMerges into violations and run_violations, a commit per ~1,084 rows as a
 * chunk of 1,000 customers commits) or as plain batched INSERTs, REPS times each (the first warms the JIT up), and
 * prints the process CPU and wall seconds of each. EXTRA_SQL (';'-separated) runs after the schema, e.g. DROP INDEXes.
 * Usage (after mvn -q -DskipTests install; H2 from ~/.m2):
 *   java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar:store-sql/target/classes:core/target/classes \
 *     bench/H2ViolationWrites.java /path/night/db/evaluator merge|insert [REPS] [EXTRA_SQL]
 */
public class H2ViolationWrites {
  static final String SCHEMA=System.getProperty("java.io.tmpdir")+"/h2-violation-writes-schema.sql";
  static String[] COLS={"name","policy","severity","customer_id","interaction_id","event_id","agent_id","measured","threshold","unit","message","actions","rule_name","service_level","run_date","code","subject","queue"};
  public static void main(String[] a) throws Exception {
    String src=a[0], variant=a[1]; int reps=a.length>2?Integer.parseInt(a[2]):1;
    List<Object[]> rows=new ArrayList<>();
    try(Connection c=DriverManager.getConnection("jdbc:h2:file:"+src,"sa","")){
      try(ResultSet rs=c.createStatement().executeQuery("SELECT v.*, v.first_run_date AS run_date FROM violations v ORDER BY customer_id")){
        while(rs.next()){Object[] r=new Object[COLS.length]; for(int i=0;i<COLS.length;i++) r[i]=rs.getObject(COLS[i]); rows.add(r);} }
      c.createStatement().execute("SCRIPT NODATA TO '"+SCHEMA+"'");
    }
    com.sun.management.OperatingSystemMXBean os=(com.sun.management.OperatingSystemMXBean)ManagementFactory.getOperatingSystemMXBean();
    for(int rep=0;rep<reps;rep++){
    String dst=System.getProperty("java.io.tmpdir")+"/h2-violation-writes-"+ProcessHandle.current().pid()+"-"+rep;
    try(Connection c=DriverManager.getConnection("jdbc:h2:file:"+dst+";CACHE_SIZE=262144","sa","")){
      c.createStatement().execute("RUNSCRIPT FROM '"+SCHEMA+"'"); if(a.length>3) for(String q:a[3].split(";")) c.createStatement().execute(q);
      c.setAutoCommit(false);
      long cpu0=os.getProcessCpuTime(), w0=System.nanoTime();
      String vm=(String)Class.forName("com.servicepolicy.evaluator.store.sql.ViolationMerges").getMethod("violations",int.class).invoke(null,250);
      String rm=(String)Class.forName("com.servicepolicy.evaluator.store.sql.ViolationMerges").getMethod("runViolations",int.class).invoke(null,250);
      String ins="INSERT INTO violations ("+String.join(",",Arrays.copyOf(COLS,14))+",code,subject,queue,first_run_date,last_run_date) VALUES ("+"?,".repeat(18)+"?)";
      String rins="INSERT INTO run_violations (run_date,code,subject,severity,policy) VALUES (?,?,?,?,?)";
      PreparedStatement pv=c.prepareStatement(variant.equals("merge")?vm:ins), pr=c.prepareStatement(variant.equals("merge")?rm:rins);
      int n=0; int commitEvery=1084;
      for(int from=0; from+250<=rows.size(); from+=250){
        List<Object[]> part=rows.subList(from,from+250);
        if(variant.equals("merge")){
          int i=1; for(Object[] r:part) for(Object o:r) pv.setObject(i++,o); pv.executeUpdate();
          i=1; for(Object[] r:part){pr.setObject(i++,r[14]);pr.setObject(i++,r[15]);pr.setObject(i++,r[16]);pr.setObject(i++,r[2]);pr.setObject(i++,r[1]);} pr.executeUpdate();
        } else {
          for(Object[] r:part){int i=1; for(int k=0;k<14;k++) pv.setObject(i++,r[k]); pv.setObject(i++,r[15]);pv.setObject(i++,r[16]);pv.setObject(i++,r[17]);pv.setObject(i++,r[14]);pv.setObject(i++,r[14]); pv.addBatch();
            pr.setObject(1,r[14]);pr.setObject(2,r[15]);pr.setObject(3,r[16]);pr.setObject(4,r[2]);pr.setObject(5,r[1]); pr.addBatch();}
          pv.executeBatch(); pr.executeBatch();
        }
        n+=250; if(n>=commitEvery){c.commit(); n=0;}
      }
      c.commit();
      long cpu1=os.getProcessCpuTime(), w1=System.nanoTime();
      System.out.printf("%s rows=%d cpu=%.2f wall=%.2f%n",variant,rows.size()/250*250,(cpu1-cpu0)/1e9,(w1-w0)/1e9);
    }}
  }
}
