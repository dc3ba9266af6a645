import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws a "7" the way a user draws it with a mouse: dark ink on white, off-centre, 400×300. */
public class DrawDigit {
  public static void main(String[] args) throws Exception {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 300);
    g.setColor(new Color(20, 20, 60));
    g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawPolyline(new int[] {150, 260, 190}, new int[] {60, 60, 250}, 3);
    g.dispose();
    ImageIO.write(image, "png", new File(args[0]));
  }
}
